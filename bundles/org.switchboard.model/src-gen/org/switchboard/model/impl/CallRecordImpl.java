/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getLinkedId <em>Linked Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getCalleeNumber <em>Callee Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getBillableSeconds <em>Billable Seconds</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.switchboard.model.impl.CallRecordImpl#getDestinationChannel <em>Destination Channel</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallRecordImpl extends MinimalEObjectImpl.Container implements CallRecord {
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
	 * The default value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ENDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant endedAt = ENDED_AT_EDEFAULT;

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
	 * The default value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected int durationSeconds = DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBillableSeconds() <em>Billable Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBillableSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int BILLABLE_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBillableSeconds() <em>Billable Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBillableSeconds()
	 * @generated
	 * @ordered
	 */
	protected int billableSeconds = BILLABLE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected static final CallDisposition DISPOSITION_EDEFAULT = CallDisposition.ANSWERED;

	/**
	 * The cached value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected CallDisposition disposition = DISPOSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected String channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestinationChannel() <em>Destination Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String DESTINATION_CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestinationChannel() <em>Destination Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationChannel()
	 * @generated
	 * @ordered
	 */
	protected String destinationChannel = DESTINATION_CHANNEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.CALL_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__UNIQUE_ID, oldUniqueId, uniqueId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__LINKED_ID, oldLinkedId, linkedId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__STARTED_AT, oldStartedAt, startedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__ANSWERED_AT, oldAnsweredAt, answeredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEndedAt() {
		return endedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedAt(Instant newEndedAt) {
		Instant oldEndedAt = endedAt;
		endedAt = newEndedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__ENDED_AT, oldEndedAt, endedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__CALLER_NUMBER, oldCallerNumber, callerNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__CALLER_NAME, oldCallerName, callerName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__CALLEE_NUMBER, oldCalleeNumber, calleeNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationSeconds() {
		return durationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSeconds(int newDurationSeconds) {
		int oldDurationSeconds = durationSeconds;
		durationSeconds = newDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__DURATION_SECONDS, oldDurationSeconds, durationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBillableSeconds() {
		return billableSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBillableSeconds(int newBillableSeconds) {
		int oldBillableSeconds = billableSeconds;
		billableSeconds = newBillableSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__BILLABLE_SECONDS, oldBillableSeconds, billableSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallDisposition getDisposition() {
		return disposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisposition(CallDisposition newDisposition) {
		CallDisposition oldDisposition = disposition;
		disposition = newDisposition == null ? DISPOSITION_EDEFAULT : newDisposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__DISPOSITION, oldDisposition, disposition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		String oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDestinationChannel() {
		return destinationChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestinationChannel(String newDestinationChannel) {
		String oldDestinationChannel = destinationChannel;
		destinationChannel = newDestinationChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.CALL_RECORD__DESTINATION_CHANNEL, oldDestinationChannel, destinationChannel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.CALL_RECORD__ID:
				return getId();
			case SwitchboardPackage.CALL_RECORD__UNIQUE_ID:
				return getUniqueId();
			case SwitchboardPackage.CALL_RECORD__LINKED_ID:
				return getLinkedId();
			case SwitchboardPackage.CALL_RECORD__STARTED_AT:
				return getStartedAt();
			case SwitchboardPackage.CALL_RECORD__ANSWERED_AT:
				return getAnsweredAt();
			case SwitchboardPackage.CALL_RECORD__ENDED_AT:
				return getEndedAt();
			case SwitchboardPackage.CALL_RECORD__CALLER_NUMBER:
				return getCallerNumber();
			case SwitchboardPackage.CALL_RECORD__CALLER_NAME:
				return getCallerName();
			case SwitchboardPackage.CALL_RECORD__CALLEE_NUMBER:
				return getCalleeNumber();
			case SwitchboardPackage.CALL_RECORD__DURATION_SECONDS:
				return getDurationSeconds();
			case SwitchboardPackage.CALL_RECORD__BILLABLE_SECONDS:
				return getBillableSeconds();
			case SwitchboardPackage.CALL_RECORD__DISPOSITION:
				return getDisposition();
			case SwitchboardPackage.CALL_RECORD__CHANNEL:
				return getChannel();
			case SwitchboardPackage.CALL_RECORD__DESTINATION_CHANNEL:
				return getDestinationChannel();
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
			case SwitchboardPackage.CALL_RECORD__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__UNIQUE_ID:
				setUniqueId((String)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__LINKED_ID:
				setLinkedId((String)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__ANSWERED_AT:
				setAnsweredAt((Instant)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__ENDED_AT:
				setEndedAt((Instant)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__CALLER_NUMBER:
				setCallerNumber((String)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__CALLER_NAME:
				setCallerName((String)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__CALLEE_NUMBER:
				setCalleeNumber((String)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__DURATION_SECONDS:
				setDurationSeconds((Integer)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__BILLABLE_SECONDS:
				setBillableSeconds((Integer)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__DISPOSITION:
				setDisposition((CallDisposition)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__CHANNEL:
				setChannel((String)newValue);
				return;
			case SwitchboardPackage.CALL_RECORD__DESTINATION_CHANNEL:
				setDestinationChannel((String)newValue);
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
			case SwitchboardPackage.CALL_RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__UNIQUE_ID:
				setUniqueId(UNIQUE_ID_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__LINKED_ID:
				setLinkedId(LINKED_ID_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__ANSWERED_AT:
				setAnsweredAt(ANSWERED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__CALLER_NUMBER:
				setCallerNumber(CALLER_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__CALLER_NAME:
				setCallerName(CALLER_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__CALLEE_NUMBER:
				setCalleeNumber(CALLEE_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__DURATION_SECONDS:
				setDurationSeconds(DURATION_SECONDS_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__BILLABLE_SECONDS:
				setBillableSeconds(BILLABLE_SECONDS_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__DISPOSITION:
				setDisposition(DISPOSITION_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case SwitchboardPackage.CALL_RECORD__DESTINATION_CHANNEL:
				setDestinationChannel(DESTINATION_CHANNEL_EDEFAULT);
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
			case SwitchboardPackage.CALL_RECORD__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.CALL_RECORD__UNIQUE_ID:
				return UNIQUE_ID_EDEFAULT == null ? uniqueId != null : !UNIQUE_ID_EDEFAULT.equals(uniqueId);
			case SwitchboardPackage.CALL_RECORD__LINKED_ID:
				return LINKED_ID_EDEFAULT == null ? linkedId != null : !LINKED_ID_EDEFAULT.equals(linkedId);
			case SwitchboardPackage.CALL_RECORD__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case SwitchboardPackage.CALL_RECORD__ANSWERED_AT:
				return ANSWERED_AT_EDEFAULT == null ? answeredAt != null : !ANSWERED_AT_EDEFAULT.equals(answeredAt);
			case SwitchboardPackage.CALL_RECORD__ENDED_AT:
				return ENDED_AT_EDEFAULT == null ? endedAt != null : !ENDED_AT_EDEFAULT.equals(endedAt);
			case SwitchboardPackage.CALL_RECORD__CALLER_NUMBER:
				return CALLER_NUMBER_EDEFAULT == null ? callerNumber != null : !CALLER_NUMBER_EDEFAULT.equals(callerNumber);
			case SwitchboardPackage.CALL_RECORD__CALLER_NAME:
				return CALLER_NAME_EDEFAULT == null ? callerName != null : !CALLER_NAME_EDEFAULT.equals(callerName);
			case SwitchboardPackage.CALL_RECORD__CALLEE_NUMBER:
				return CALLEE_NUMBER_EDEFAULT == null ? calleeNumber != null : !CALLEE_NUMBER_EDEFAULT.equals(calleeNumber);
			case SwitchboardPackage.CALL_RECORD__DURATION_SECONDS:
				return durationSeconds != DURATION_SECONDS_EDEFAULT;
			case SwitchboardPackage.CALL_RECORD__BILLABLE_SECONDS:
				return billableSeconds != BILLABLE_SECONDS_EDEFAULT;
			case SwitchboardPackage.CALL_RECORD__DISPOSITION:
				return disposition != DISPOSITION_EDEFAULT;
			case SwitchboardPackage.CALL_RECORD__CHANNEL:
				return CHANNEL_EDEFAULT == null ? channel != null : !CHANNEL_EDEFAULT.equals(channel);
			case SwitchboardPackage.CALL_RECORD__DESTINATION_CHANNEL:
				return DESTINATION_CHANNEL_EDEFAULT == null ? destinationChannel != null : !DESTINATION_CHANNEL_EDEFAULT.equals(destinationChannel);
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
		result.append(", uniqueId: ");
		result.append(uniqueId);
		result.append(", linkedId: ");
		result.append(linkedId);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", answeredAt: ");
		result.append(answeredAt);
		result.append(", endedAt: ");
		result.append(endedAt);
		result.append(", callerNumber: ");
		result.append(callerNumber);
		result.append(", callerName: ");
		result.append(callerName);
		result.append(", calleeNumber: ");
		result.append(calleeNumber);
		result.append(", durationSeconds: ");
		result.append(durationSeconds);
		result.append(", billableSeconds: ");
		result.append(billableSeconds);
		result.append(", disposition: ");
		result.append(disposition);
		result.append(", channel: ");
		result.append(channel);
		result.append(", destinationChannel: ");
		result.append(destinationChannel);
		result.append(')');
		return result.toString();
	}

} //CallRecordImpl
