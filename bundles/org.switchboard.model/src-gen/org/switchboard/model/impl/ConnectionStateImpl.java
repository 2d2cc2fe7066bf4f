/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.ConnectionState;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Connection State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.ConnectionStateImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ConnectionStateImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ConnectionStateImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ConnectionStateImpl#getPbxVersion <em>Pbx Version</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ConnectionStateImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ConnectionStateImpl#getSince <em>Since</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConnectionStateImpl extends MinimalEObjectImpl.Container implements ConnectionState {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionStatus STATUS_EDEFAULT = ConnectionStatus.DISCONNECTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ConnectionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPbxVersion() <em>Pbx Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPbxVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String PBX_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPbxVersion() <em>Pbx Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPbxVersion()
	 * @generated
	 * @ordered
	 */
	protected String pbxVersion = PBX_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected Instant since = SINCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConnectionStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.CONNECTION_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ConnectionStatus newStatus) {
		ConnectionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CONNECTION_STATE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CONNECTION_STATE__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CONNECTION_STATE__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPbxVersion() {
		return pbxVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPbxVersion(String newPbxVersion) {
		String oldPbxVersion = pbxVersion;
		pbxVersion = newPbxVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CONNECTION_STATE__PBX_VERSION, oldPbxVersion, pbxVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CONNECTION_STATE__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSince() {
		return since;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(Instant newSince) {
		Instant oldSince = since;
		since = newSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CONNECTION_STATE__SINCE, oldSince, since));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.CONNECTION_STATE__STATUS:
				return getStatus();
			case SwitchboardPackage.CONNECTION_STATE__HOST:
				return getHost();
			case SwitchboardPackage.CONNECTION_STATE__PORT:
				return getPort();
			case SwitchboardPackage.CONNECTION_STATE__PBX_VERSION:
				return getPbxVersion();
			case SwitchboardPackage.CONNECTION_STATE__MESSAGE:
				return getMessage();
			case SwitchboardPackage.CONNECTION_STATE__SINCE:
				return getSince();
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
			case SwitchboardPackage.CONNECTION_STATE__STATUS:
				setStatus((ConnectionStatus)newValue);
				return;
			case SwitchboardPackage.CONNECTION_STATE__HOST:
				setHost((String)newValue);
				return;
			case SwitchboardPackage.CONNECTION_STATE__PORT:
				setPort((Integer)newValue);
				return;
			case SwitchboardPackage.CONNECTION_STATE__PBX_VERSION:
				setPbxVersion((String)newValue);
				return;
			case SwitchboardPackage.CONNECTION_STATE__MESSAGE:
				setMessage((String)newValue);
				return;
			case SwitchboardPackage.CONNECTION_STATE__SINCE:
				setSince((Instant)newValue);
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
			case SwitchboardPackage.CONNECTION_STATE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SwitchboardPackage.CONNECTION_STATE__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case SwitchboardPackage.CONNECTION_STATE__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case SwitchboardPackage.CONNECTION_STATE__PBX_VERSION:
				setPbxVersion(PBX_VERSION_EDEFAULT);
				return;
			case SwitchboardPackage.CONNECTION_STATE__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case SwitchboardPackage.CONNECTION_STATE__SINCE:
				setSince(SINCE_EDEFAULT);
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
			case SwitchboardPackage.CONNECTION_STATE__STATUS:
				return status != STATUS_EDEFAULT;
			case SwitchboardPackage.CONNECTION_STATE__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case SwitchboardPackage.CONNECTION_STATE__PORT:
				return port != PORT_EDEFAULT;
			case SwitchboardPackage.CONNECTION_STATE__PBX_VERSION:
				return PBX_VERSION_EDEFAULT == null ? pbxVersion != null : !PBX_VERSION_EDEFAULT.equals(pbxVersion);
			case SwitchboardPackage.CONNECTION_STATE__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case SwitchboardPackage.CONNECTION_STATE__SINCE:
				return SINCE_EDEFAULT == null ? since != null : !SINCE_EDEFAULT.equals(since);
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
		result.append(" (status: ");
		result.append(status);
		result.append(", host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", pbxVersion: ");
		result.append(pbxVersion);
		result.append(", message: ");
		result.append(message);
		result.append(", since: ");
		result.append(since);
		result.append(')');
		return result.toString();
	}

} //ConnectionStateImpl
