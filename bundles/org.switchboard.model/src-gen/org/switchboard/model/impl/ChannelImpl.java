/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.Extension;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getLinkedId <em>Linked Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getState <em>State</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getConnectedNumber <em>Connected Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getConnectedName <em>Connected Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getContext <em>Context</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getExten <em>Exten</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getApplication <em>Application</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getBridgeId <em>Bridge Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#isOnHold <em>On Hold</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getCall <em>Call</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#getSpying <em>Spying</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ChannelImpl#isBarging <em>Barging</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelImpl extends MinimalEObjectImpl.Container implements Channel {
	/**
	 * The default value of the '{@link #getUniqueId() <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueId()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIQUE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUniqueId() <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueId()
	 * @generated
	 * @ordered
	 */
	protected String uniqueId = UNIQUE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinkedId() <em>Linked Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedId()
	 * @generated
	 * @ordered
	 */
	protected static final String LINKED_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLinkedId() <em>Linked Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedId()
	 * @generated
	 * @ordered
	 */
	protected String linkedId = LINKED_ID_EDEFAULT;

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
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ChannelState STATE_EDEFAULT = ChannelState.DOWN;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ChannelState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallerNumber() <em>Caller Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLER_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallerNumber() <em>Caller Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerNumber()
	 * @generated
	 * @ordered
	 */
	protected String callerNumber = CALLER_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallerName() <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerName()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallerName() <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerName()
	 * @generated
	 * @ordered
	 */
	protected String callerName = CALLER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectedNumber() <em>Connected Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectedNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CONNECTED_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnectedNumber() <em>Connected Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectedNumber()
	 * @generated
	 * @ordered
	 */
	protected String connectedNumber = CONNECTED_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectedName() <em>Connected Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectedName()
	 * @generated
	 * @ordered
	 */
	protected static final String CONNECTED_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnectedName() <em>Connected Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectedName()
	 * @generated
	 * @ordered
	 */
	protected String connectedName = CONNECTED_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EDEFAULT = null;

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
	 * The default value of the '{@link #getExten() <em>Exten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExten()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExten() <em>Exten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExten()
	 * @generated
	 * @ordered
	 */
	protected String exten = EXTEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getApplication() <em>Application</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplication()
	 * @generated
	 * @ordered
	 */
	protected static final String APPLICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApplication() <em>Application</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplication()
	 * @generated
	 * @ordered
	 */
	protected String application = APPLICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBridgeId() <em>Bridge Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridgeId()
	 * @generated
	 * @ordered
	 */
	protected static final String BRIDGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBridgeId() <em>Bridge Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridgeId()
	 * @generated
	 * @ordered
	 */
	protected String bridgeId = BRIDGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnHold() <em>On Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnHold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_HOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOnHold() <em>On Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnHold()
	 * @generated
	 * @ordered
	 */
	protected boolean onHold = ON_HOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExtension() <em>Extension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected Extension extension;

	/**
	 * The cached value of the '{@link #getCall() <em>Call</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCall()
	 * @generated
	 * @ordered
	 */
	protected Call call;

	/**
	 * The default value of the '{@link #getSpying() <em>Spying</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpying()
	 * @generated
	 * @ordered
	 */
	protected static final String SPYING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpying() <em>Spying</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpying()
	 * @generated
	 * @ordered
	 */
	protected String spying = SPYING_EDEFAULT;

	/**
	 * The default value of the '{@link #isBarging() <em>Barging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBarging()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BARGING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBarging() <em>Barging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBarging()
	 * @generated
	 * @ordered
	 */
	protected boolean barging = BARGING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.CHANNEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUniqueId() {
		return uniqueId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUniqueId(String newUniqueId) {
		String oldUniqueId = uniqueId;
		uniqueId = newUniqueId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__UNIQUE_ID, oldUniqueId, uniqueId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLinkedId() {
		return linkedId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkedId(String newLinkedId) {
		String oldLinkedId = linkedId;
		linkedId = newLinkedId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__LINKED_ID, oldLinkedId, linkedId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ChannelState newState) {
		ChannelState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallerNumber() {
		return callerNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallerNumber(String newCallerNumber) {
		String oldCallerNumber = callerNumber;
		callerNumber = newCallerNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CALLER_NUMBER, oldCallerNumber, callerNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallerName() {
		return callerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallerName(String newCallerName) {
		String oldCallerName = callerName;
		callerName = newCallerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CALLER_NAME, oldCallerName, callerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConnectedNumber() {
		return connectedNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectedNumber(String newConnectedNumber) {
		String oldConnectedNumber = connectedNumber;
		connectedNumber = newConnectedNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CONNECTED_NUMBER, oldConnectedNumber, connectedNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConnectedName() {
		return connectedName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectedName(String newConnectedName) {
		String oldConnectedName = connectedName;
		connectedName = newConnectedName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CONNECTED_NAME, oldConnectedName, connectedName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CONTEXT, oldContext, context));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExten() {
		return exten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExten(String newExten) {
		String oldExten = exten;
		exten = newExten;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__EXTEN, oldExten, exten));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApplication() {
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplication(String newApplication) {
		String oldApplication = application;
		application = newApplication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__APPLICATION, oldApplication, application));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBridgeId() {
		return bridgeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBridgeId(String newBridgeId) {
		String oldBridgeId = bridgeId;
		bridgeId = newBridgeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__BRIDGE_ID, oldBridgeId, bridgeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnHold() {
		return onHold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnHold(boolean newOnHold) {
		boolean oldOnHold = onHold;
		onHold = newOnHold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__ON_HOLD, oldOnHold, onHold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Extension getExtension() {
		if (extension != null && extension.eIsProxy()) {
			InternalEObject oldExtension = (InternalEObject)extension;
			extension = (Extension)eResolveProxy(oldExtension);
			if (extension != oldExtension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SwitchboardPackage.CHANNEL__EXTENSION, oldExtension, extension));
			}
		}
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Extension basicGetExtension() {
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExtension(Extension newExtension, NotificationChain msgs) {
		Extension oldExtension = extension;
		extension = newExtension;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__EXTENSION, oldExtension, newExtension);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtension(Extension newExtension) {
		if (newExtension != extension) {
			NotificationChain msgs = null;
			if (extension != null)
				msgs = ((InternalEObject)extension).eInverseRemove(this, SwitchboardPackage.EXTENSION__CHANNELS, Extension.class, msgs);
			if (newExtension != null)
				msgs = ((InternalEObject)newExtension).eInverseAdd(this, SwitchboardPackage.EXTENSION__CHANNELS, Extension.class, msgs);
			msgs = basicSetExtension(newExtension, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__EXTENSION, newExtension, newExtension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Call getCall() {
		if (call != null && call.eIsProxy()) {
			InternalEObject oldCall = (InternalEObject)call;
			call = (Call)eResolveProxy(oldCall);
			if (call != oldCall) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SwitchboardPackage.CHANNEL__CALL, oldCall, call));
			}
		}
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Call basicGetCall() {
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCall(Call newCall, NotificationChain msgs) {
		Call oldCall = call;
		call = newCall;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CALL, oldCall, newCall);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCall(Call newCall) {
		if (newCall != call) {
			NotificationChain msgs = null;
			if (call != null)
				msgs = ((InternalEObject)call).eInverseRemove(this, SwitchboardPackage.CALL__CHANNELS, Call.class, msgs);
			if (newCall != null)
				msgs = ((InternalEObject)newCall).eInverseAdd(this, SwitchboardPackage.CALL__CHANNELS, Call.class, msgs);
			msgs = basicSetCall(newCall, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__CALL, newCall, newCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpying() {
		return spying;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpying(String newSpying) {
		String oldSpying = spying;
		spying = newSpying;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__SPYING, oldSpying, spying));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBarging() {
		return barging;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBarging(boolean newBarging) {
		boolean oldBarging = barging;
		barging = newBarging;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CHANNEL__BARGING, oldBarging, barging));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SwitchboardPackage.CHANNEL__EXTENSION:
				if (extension != null)
					msgs = ((InternalEObject)extension).eInverseRemove(this, SwitchboardPackage.EXTENSION__CHANNELS, Extension.class, msgs);
				return basicSetExtension((Extension)otherEnd, msgs);
			case SwitchboardPackage.CHANNEL__CALL:
				if (call != null)
					msgs = ((InternalEObject)call).eInverseRemove(this, SwitchboardPackage.CALL__CHANNELS, Call.class, msgs);
				return basicSetCall((Call)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SwitchboardPackage.CHANNEL__EXTENSION:
				return basicSetExtension(null, msgs);
			case SwitchboardPackage.CHANNEL__CALL:
				return basicSetCall(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.CHANNEL__UNIQUE_ID:
				return getUniqueId();
			case SwitchboardPackage.CHANNEL__LINKED_ID:
				return getLinkedId();
			case SwitchboardPackage.CHANNEL__NAME:
				return getName();
			case SwitchboardPackage.CHANNEL__STATE:
				return getState();
			case SwitchboardPackage.CHANNEL__CALLER_NUMBER:
				return getCallerNumber();
			case SwitchboardPackage.CHANNEL__CALLER_NAME:
				return getCallerName();
			case SwitchboardPackage.CHANNEL__CONNECTED_NUMBER:
				return getConnectedNumber();
			case SwitchboardPackage.CHANNEL__CONNECTED_NAME:
				return getConnectedName();
			case SwitchboardPackage.CHANNEL__CONTEXT:
				return getContext();
			case SwitchboardPackage.CHANNEL__EXTEN:
				return getExten();
			case SwitchboardPackage.CHANNEL__APPLICATION:
				return getApplication();
			case SwitchboardPackage.CHANNEL__BRIDGE_ID:
				return getBridgeId();
			case SwitchboardPackage.CHANNEL__ON_HOLD:
				return isOnHold();
			case SwitchboardPackage.CHANNEL__CREATED_AT:
				return getCreatedAt();
			case SwitchboardPackage.CHANNEL__EXTENSION:
				if (resolve) return getExtension();
				return basicGetExtension();
			case SwitchboardPackage.CHANNEL__CALL:
				if (resolve) return getCall();
				return basicGetCall();
			case SwitchboardPackage.CHANNEL__SPYING:
				return getSpying();
			case SwitchboardPackage.CHANNEL__BARGING:
				return isBarging();
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
			case SwitchboardPackage.CHANNEL__UNIQUE_ID:
				setUniqueId((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__LINKED_ID:
				setLinkedId((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__NAME:
				setName((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__STATE:
				setState((ChannelState)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CALLER_NUMBER:
				setCallerNumber((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CALLER_NAME:
				setCallerName((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CONNECTED_NUMBER:
				setConnectedNumber((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CONNECTED_NAME:
				setConnectedName((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CONTEXT:
				setContext((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__EXTEN:
				setExten((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__APPLICATION:
				setApplication((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__BRIDGE_ID:
				setBridgeId((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__ON_HOLD:
				setOnHold((Boolean)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case SwitchboardPackage.CHANNEL__EXTENSION:
				setExtension((Extension)newValue);
				return;
			case SwitchboardPackage.CHANNEL__CALL:
				setCall((Call)newValue);
				return;
			case SwitchboardPackage.CHANNEL__SPYING:
				setSpying((String)newValue);
				return;
			case SwitchboardPackage.CHANNEL__BARGING:
				setBarging((Boolean)newValue);
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
			case SwitchboardPackage.CHANNEL__UNIQUE_ID:
				setUniqueId(UNIQUE_ID_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__LINKED_ID:
				setLinkedId(LINKED_ID_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__CALLER_NUMBER:
				setCallerNumber(CALLER_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__CALLER_NAME:
				setCallerName(CALLER_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__CONNECTED_NUMBER:
				setConnectedNumber(CONNECTED_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__CONNECTED_NAME:
				setConnectedName(CONNECTED_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__EXTEN:
				setExten(EXTEN_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__APPLICATION:
				setApplication(APPLICATION_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__BRIDGE_ID:
				setBridgeId(BRIDGE_ID_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__ON_HOLD:
				setOnHold(ON_HOLD_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__EXTENSION:
				setExtension((Extension)null);
				return;
			case SwitchboardPackage.CHANNEL__CALL:
				setCall((Call)null);
				return;
			case SwitchboardPackage.CHANNEL__SPYING:
				setSpying(SPYING_EDEFAULT);
				return;
			case SwitchboardPackage.CHANNEL__BARGING:
				setBarging(BARGING_EDEFAULT);
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
			case SwitchboardPackage.CHANNEL__UNIQUE_ID:
				return UNIQUE_ID_EDEFAULT == null ? uniqueId != null : !UNIQUE_ID_EDEFAULT.equals(uniqueId);
			case SwitchboardPackage.CHANNEL__LINKED_ID:
				return LINKED_ID_EDEFAULT == null ? linkedId != null : !LINKED_ID_EDEFAULT.equals(linkedId);
			case SwitchboardPackage.CHANNEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SwitchboardPackage.CHANNEL__STATE:
				return state != STATE_EDEFAULT;
			case SwitchboardPackage.CHANNEL__CALLER_NUMBER:
				return CALLER_NUMBER_EDEFAULT == null ? callerNumber != null : !CALLER_NUMBER_EDEFAULT.equals(callerNumber);
			case SwitchboardPackage.CHANNEL__CALLER_NAME:
				return CALLER_NAME_EDEFAULT == null ? callerName != null : !CALLER_NAME_EDEFAULT.equals(callerName);
			case SwitchboardPackage.CHANNEL__CONNECTED_NUMBER:
				return CONNECTED_NUMBER_EDEFAULT == null ? connectedNumber != null : !CONNECTED_NUMBER_EDEFAULT.equals(connectedNumber);
			case SwitchboardPackage.CHANNEL__CONNECTED_NAME:
				return CONNECTED_NAME_EDEFAULT == null ? connectedName != null : !CONNECTED_NAME_EDEFAULT.equals(connectedName);
			case SwitchboardPackage.CHANNEL__CONTEXT:
				return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
			case SwitchboardPackage.CHANNEL__EXTEN:
				return EXTEN_EDEFAULT == null ? exten != null : !EXTEN_EDEFAULT.equals(exten);
			case SwitchboardPackage.CHANNEL__APPLICATION:
				return APPLICATION_EDEFAULT == null ? application != null : !APPLICATION_EDEFAULT.equals(application);
			case SwitchboardPackage.CHANNEL__BRIDGE_ID:
				return BRIDGE_ID_EDEFAULT == null ? bridgeId != null : !BRIDGE_ID_EDEFAULT.equals(bridgeId);
			case SwitchboardPackage.CHANNEL__ON_HOLD:
				return onHold != ON_HOLD_EDEFAULT;
			case SwitchboardPackage.CHANNEL__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case SwitchboardPackage.CHANNEL__EXTENSION:
				return extension != null;
			case SwitchboardPackage.CHANNEL__CALL:
				return call != null;
			case SwitchboardPackage.CHANNEL__SPYING:
				return SPYING_EDEFAULT == null ? spying != null : !SPYING_EDEFAULT.equals(spying);
			case SwitchboardPackage.CHANNEL__BARGING:
				return barging != BARGING_EDEFAULT;
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
		result.append(" (uniqueId: ");
		result.append(uniqueId);
		result.append(", linkedId: ");
		result.append(linkedId);
		result.append(", name: ");
		result.append(name);
		result.append(", state: ");
		result.append(state);
		result.append(", callerNumber: ");
		result.append(callerNumber);
		result.append(", callerName: ");
		result.append(callerName);
		result.append(", connectedNumber: ");
		result.append(connectedNumber);
		result.append(", connectedName: ");
		result.append(connectedName);
		result.append(", context: ");
		result.append(context);
		result.append(", exten: ");
		result.append(exten);
		result.append(", application: ");
		result.append(application);
		result.append(", bridgeId: ");
		result.append(bridgeId);
		result.append(", onHold: ");
		result.append(onHold);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", spying: ");
		result.append(spying);
		result.append(", barging: ");
		result.append(barging);
		result.append(')');
		return result.toString();
	}

} //ChannelImpl
