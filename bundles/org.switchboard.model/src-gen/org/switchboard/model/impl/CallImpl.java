/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.switchboard.model.Call;
import org.switchboard.model.CallState;
import org.switchboard.model.Channel;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getCalleeNumber <em>Callee Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getCalleeName <em>Callee Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getState <em>State</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getBridgeId <em>Bridge Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#isHeld <em>Held</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#isMonitored <em>Monitored</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#isBarged <em>Barged</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallImpl#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallImpl extends MinimalEObjectImpl.Container implements Call {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getCalleeNumber() <em>Callee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalleeNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLEE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalleeNumber() <em>Callee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalleeNumber()
	 * @generated
	 * @ordered
	 */
	protected String calleeNumber = CALLEE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCalleeName() <em>Callee Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalleeName()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLEE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalleeName() <em>Callee Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalleeName()
	 * @generated
	 * @ordered
	 */
	protected String calleeName = CALLEE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final CallState STATE_EDEFAULT = CallState.DIALING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected CallState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ANSWERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant answeredAt = ANSWERED_AT_EDEFAULT;

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
	 * The default value of the '{@link #isHeld() <em>Held</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeld()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HELD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHeld() <em>Held</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeld()
	 * @generated
	 * @ordered
	 */
	protected boolean held = HELD_EDEFAULT;

	/**
	 * The default value of the '{@link #isMonitored() <em>Monitored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMonitored()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MONITORED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMonitored() <em>Monitored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMonitored()
	 * @generated
	 * @ordered
	 */
	protected boolean monitored = MONITORED_EDEFAULT;

	/**
	 * The default value of the '{@link #isBarged() <em>Barged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBarged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BARGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBarged() <em>Barged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBarged()
	 * @generated
	 * @ordered
	 */
	protected boolean barged = BARGED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.CALL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__CALLER_NUMBER, oldCallerNumber, callerNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__CALLER_NAME, oldCallerName, callerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalleeNumber() {
		return calleeNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalleeNumber(String newCalleeNumber) {
		String oldCalleeNumber = calleeNumber;
		calleeNumber = newCalleeNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__CALLEE_NUMBER, oldCalleeNumber, calleeNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalleeName() {
		return calleeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalleeName(String newCalleeName) {
		String oldCalleeName = calleeName;
		calleeName = newCalleeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__CALLEE_NAME, oldCalleeName, calleeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(CallState newState) {
		CallState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt) {
		Instant oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAnsweredAt() {
		return answeredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredAt(Instant newAnsweredAt) {
		Instant oldAnsweredAt = answeredAt;
		answeredAt = newAnsweredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__ANSWERED_AT, oldAnsweredAt, answeredAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__BRIDGE_ID, oldBridgeId, bridgeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHeld() {
		return held;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeld(boolean newHeld) {
		boolean oldHeld = held;
		held = newHeld;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__HELD, oldHeld, held));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMonitored() {
		return monitored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitored(boolean newMonitored) {
		boolean oldMonitored = monitored;
		monitored = newMonitored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__MONITORED, oldMonitored, monitored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBarged() {
		return barged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBarged(boolean newBarged) {
		boolean oldBarged = barged;
		barged = newBarged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL__BARGED, oldBarged, barged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectWithInverseResolvingEList<Channel>(Channel.class, this, SwitchboardPackage.CALL__CHANNELS, SwitchboardPackage.CHANNEL__CALL);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SwitchboardPackage.CALL__CHANNELS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChannels()).basicAdd(otherEnd, msgs);
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
			case SwitchboardPackage.CALL__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
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
			case SwitchboardPackage.CALL__ID:
				return getId();
			case SwitchboardPackage.CALL__CALLER_NUMBER:
				return getCallerNumber();
			case SwitchboardPackage.CALL__CALLER_NAME:
				return getCallerName();
			case SwitchboardPackage.CALL__CALLEE_NUMBER:
				return getCalleeNumber();
			case SwitchboardPackage.CALL__CALLEE_NAME:
				return getCalleeName();
			case SwitchboardPackage.CALL__STATE:
				return getState();
			case SwitchboardPackage.CALL__STARTED_AT:
				return getStartedAt();
			case SwitchboardPackage.CALL__ANSWERED_AT:
				return getAnsweredAt();
			case SwitchboardPackage.CALL__BRIDGE_ID:
				return getBridgeId();
			case SwitchboardPackage.CALL__HELD:
				return isHeld();
			case SwitchboardPackage.CALL__MONITORED:
				return isMonitored();
			case SwitchboardPackage.CALL__BARGED:
				return isBarged();
			case SwitchboardPackage.CALL__CHANNELS:
				return getChannels();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SwitchboardPackage.CALL__ID:
				setId((String)newValue);
				return;
			case SwitchboardPackage.CALL__CALLER_NUMBER:
				setCallerNumber((String)newValue);
				return;
			case SwitchboardPackage.CALL__CALLER_NAME:
				setCallerName((String)newValue);
				return;
			case SwitchboardPackage.CALL__CALLEE_NUMBER:
				setCalleeNumber((String)newValue);
				return;
			case SwitchboardPackage.CALL__CALLEE_NAME:
				setCalleeName((String)newValue);
				return;
			case SwitchboardPackage.CALL__STATE:
				setState((CallState)newValue);
				return;
			case SwitchboardPackage.CALL__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case SwitchboardPackage.CALL__ANSWERED_AT:
				setAnsweredAt((Instant)newValue);
				return;
			case SwitchboardPackage.CALL__BRIDGE_ID:
				setBridgeId((String)newValue);
				return;
			case SwitchboardPackage.CALL__HELD:
				setHeld((Boolean)newValue);
				return;
			case SwitchboardPackage.CALL__MONITORED:
				setMonitored((Boolean)newValue);
				return;
			case SwitchboardPackage.CALL__BARGED:
				setBarged((Boolean)newValue);
				return;
			case SwitchboardPackage.CALL__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
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
			case SwitchboardPackage.CALL__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__CALLER_NUMBER:
				setCallerNumber(CALLER_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__CALLER_NAME:
				setCallerName(CALLER_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__CALLEE_NUMBER:
				setCalleeNumber(CALLEE_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__CALLEE_NAME:
				setCalleeName(CALLEE_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__ANSWERED_AT:
				setAnsweredAt(ANSWERED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__BRIDGE_ID:
				setBridgeId(BRIDGE_ID_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__HELD:
				setHeld(HELD_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__MONITORED:
				setMonitored(MONITORED_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__BARGED:
				setBarged(BARGED_EDEFAULT);
				return;
			case SwitchboardPackage.CALL__CHANNELS:
				getChannels().clear();
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
			case SwitchboardPackage.CALL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SwitchboardPackage.CALL__CALLER_NUMBER:
				return CALLER_NUMBER_EDEFAULT == null ? callerNumber != null : !CALLER_NUMBER_EDEFAULT.equals(callerNumber);
			case SwitchboardPackage.CALL__CALLER_NAME:
				return CALLER_NAME_EDEFAULT == null ? callerName != null : !CALLER_NAME_EDEFAULT.equals(callerName);
			case SwitchboardPackage.CALL__CALLEE_NUMBER:
				return CALLEE_NUMBER_EDEFAULT == null ? calleeNumber != null : !CALLEE_NUMBER_EDEFAULT.equals(calleeNumber);
			case SwitchboardPackage.CALL__CALLEE_NAME:
				return CALLEE_NAME_EDEFAULT == null ? calleeName != null : !CALLEE_NAME_EDEFAULT.equals(calleeName);
			case SwitchboardPackage.CALL__STATE:
				return state != STATE_EDEFAULT;
			case SwitchboardPackage.CALL__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case SwitchboardPackage.CALL__ANSWERED_AT:
				return ANSWERED_AT_EDEFAULT == null ? answeredAt != null : !ANSWERED_AT_EDEFAULT.equals(answeredAt);
			case SwitchboardPackage.CALL__BRIDGE_ID:
				return BRIDGE_ID_EDEFAULT == null ? bridgeId != null : !BRIDGE_ID_EDEFAULT.equals(bridgeId);
			case SwitchboardPackage.CALL__HELD:
				return held != HELD_EDEFAULT;
			case SwitchboardPackage.CALL__MONITORED:
				return monitored != MONITORED_EDEFAULT;
			case SwitchboardPackage.CALL__BARGED:
				return barged != BARGED_EDEFAULT;
			case SwitchboardPackage.CALL__CHANNELS:
				return channels != null && !channels.isEmpty();
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
		result.append(", callerNumber: ");
		result.append(callerNumber);
		result.append(", callerName: ");
		result.append(callerName);
		result.append(", calleeNumber: ");
		result.append(calleeNumber);
		result.append(", calleeName: ");
		result.append(calleeName);
		result.append(", state: ");
		result.append(state);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", answeredAt: ");
		result.append(answeredAt);
		result.append(", bridgeId: ");
		result.append(bridgeId);
		result.append(", held: ");
		result.append(held);
		result.append(", monitored: ");
		result.append(monitored);
		result.append(", barged: ");
		result.append(barged);
		result.append(')');
		return result.toString();
	}

} //CallImpl
