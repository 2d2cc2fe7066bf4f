/**
 */
package org.switchboard.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.ServerProfile;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Server Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getAmiHost <em>Ami Host</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getAmiPort <em>Ami Port</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getAmiUser <em>Ami User</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getContext <em>Context</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getOperatorQueue <em>Operator Queue</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ServerProfileImpl#getDatabaseUrl <em>Database Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServerProfileImpl extends MinimalEObjectImpl.Container implements ServerProfile {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmiHost() <em>Ami Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmiHost()
	 * @generated
	 * @ordered
	 */
	protected static final String AMI_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmiHost() <em>Ami Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmiHost()
	 * @generated
	 * @ordered
	 */
	protected String amiHost = AMI_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmiPort() <em>Ami Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmiPort()
	 * @generated
	 * @ordered
	 */
	protected static final int AMI_PORT_EDEFAULT = 5038;

	/**
	 * The cached value of the '{@link #getAmiPort() <em>Ami Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmiPort()
	 * @generated
	 * @ordered
	 */
	protected int amiPort = AMI_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmiUser() <em>Ami User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmiUser()
	 * @generated
	 * @ordered
	 */
	protected static final String AMI_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmiUser() <em>Ami User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmiUser()
	 * @generated
	 * @ordered
	 */
	protected String amiUser = AMI_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EDEFAULT = "internal";

	/**
	 * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected String context = CONTEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperatorQueue() <em>Operator Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorQueue()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_QUEUE_EDEFAULT = "8000";

	/**
	 * The cached value of the '{@link #getOperatorQueue() <em>Operator Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorQueue()
	 * @generated
	 * @ordered
	 */
	protected String operatorQueue = OPERATOR_QUEUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDatabaseUrl() <em>Database Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabaseUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String DATABASE_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatabaseUrl() <em>Database Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabaseUrl()
	 * @generated
	 * @ordered
	 */
	protected String databaseUrl = DATABASE_URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServerProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.SERVER_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAmiHost() {
		return amiHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmiHost(String newAmiHost) {
		String oldAmiHost = amiHost;
		amiHost = newAmiHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__AMI_HOST, oldAmiHost, amiHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAmiPort() {
		return amiPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmiPort(int newAmiPort) {
		int oldAmiPort = amiPort;
		amiPort = newAmiPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__AMI_PORT, oldAmiPort, amiPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAmiUser() {
		return amiUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmiUser(String newAmiUser) {
		String oldAmiUser = amiUser;
		amiUser = newAmiUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__AMI_USER, oldAmiUser, amiUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContext() {
		return context;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContext(String newContext) {
		String oldContext = context;
		context = newContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__CONTEXT, oldContext, context));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatorQueue() {
		return operatorQueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatorQueue(String newOperatorQueue) {
		String oldOperatorQueue = operatorQueue;
		operatorQueue = newOperatorQueue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__OPERATOR_QUEUE, oldOperatorQueue, operatorQueue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatabaseUrl() {
		return databaseUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatabaseUrl(String newDatabaseUrl) {
		String oldDatabaseUrl = databaseUrl;
		databaseUrl = newDatabaseUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.SERVER_PROFILE__DATABASE_URL, oldDatabaseUrl, databaseUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.SERVER_PROFILE__ID:
				return getId();
			case SwitchboardPackage.SERVER_PROFILE__NAME:
				return getName();
			case SwitchboardPackage.SERVER_PROFILE__AMI_HOST:
				return getAmiHost();
			case SwitchboardPackage.SERVER_PROFILE__AMI_PORT:
				return getAmiPort();
			case SwitchboardPackage.SERVER_PROFILE__AMI_USER:
				return getAmiUser();
			case SwitchboardPackage.SERVER_PROFILE__CONTEXT:
				return getContext();
			case SwitchboardPackage.SERVER_PROFILE__OPERATOR_QUEUE:
				return getOperatorQueue();
			case SwitchboardPackage.SERVER_PROFILE__DATABASE_URL:
				return getDatabaseUrl();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SwitchboardPackage.SERVER_PROFILE__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__NAME:
				setName((String)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__AMI_HOST:
				setAmiHost((String)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__AMI_PORT:
				setAmiPort((Integer)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__AMI_USER:
				setAmiUser((String)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__CONTEXT:
				setContext((String)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__OPERATOR_QUEUE:
				setOperatorQueue((String)newValue);
				return;
			case SwitchboardPackage.SERVER_PROFILE__DATABASE_URL:
				setDatabaseUrl((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SwitchboardPackage.SERVER_PROFILE__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__AMI_HOST:
				setAmiHost(AMI_HOST_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__AMI_PORT:
				setAmiPort(AMI_PORT_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__AMI_USER:
				setAmiUser(AMI_USER_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__OPERATOR_QUEUE:
				setOperatorQueue(OPERATOR_QUEUE_EDEFAULT);
				return;
			case SwitchboardPackage.SERVER_PROFILE__DATABASE_URL:
				setDatabaseUrl(DATABASE_URL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SwitchboardPackage.SERVER_PROFILE__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.SERVER_PROFILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SwitchboardPackage.SERVER_PROFILE__AMI_HOST:
				return AMI_HOST_EDEFAULT == null ? amiHost != null : !AMI_HOST_EDEFAULT.equals(amiHost);
			case SwitchboardPackage.SERVER_PROFILE__AMI_PORT:
				return amiPort != AMI_PORT_EDEFAULT;
			case SwitchboardPackage.SERVER_PROFILE__AMI_USER:
				return AMI_USER_EDEFAULT == null ? amiUser != null : !AMI_USER_EDEFAULT.equals(amiUser);
			case SwitchboardPackage.SERVER_PROFILE__CONTEXT:
				return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
			case SwitchboardPackage.SERVER_PROFILE__OPERATOR_QUEUE:
				return OPERATOR_QUEUE_EDEFAULT == null ? operatorQueue != null : !OPERATOR_QUEUE_EDEFAULT.equals(operatorQueue);
			case SwitchboardPackage.SERVER_PROFILE__DATABASE_URL:
				return DATABASE_URL_EDEFAULT == null ? databaseUrl != null : !DATABASE_URL_EDEFAULT.equals(databaseUrl);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", amiHost: ");
		result.append(amiHost);
		result.append(", amiPort: ");
		result.append(amiPort);
		result.append(", amiUser: ");
		result.append(amiUser);
		result.append(", context: ");
		result.append(context);
		result.append(", operatorQueue: ");
		result.append(operatorQueue);
		result.append(", databaseUrl: ");
		result.append(databaseUrl);
		result.append(')');
		return result.toString();
	}

} //ServerProfileImpl
