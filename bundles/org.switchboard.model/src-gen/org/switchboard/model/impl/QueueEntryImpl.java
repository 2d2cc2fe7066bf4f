/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.QueueEntry;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Queue Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.QueueEntryImpl#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueEntryImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueEntryImpl#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueEntryImpl#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueEntryImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueEntryImpl#getJoinedAt <em>Joined At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QueueEntryImpl extends MinimalEObjectImpl.Container implements QueueEntry {
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
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected int position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoinedAt() <em>Joined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant JOINED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJoinedAt() <em>Joined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant joinedAt = JOINED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QueueEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.QUEUE_ENTRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE_ENTRY__UNIQUE_ID, oldUniqueId, uniqueId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE_ENTRY__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE_ENTRY__CALLER_NUMBER, oldCallerNumber, callerNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE_ENTRY__CALLER_NAME, oldCallerName, callerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(int newPosition) {
		int oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE_ENTRY__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getJoinedAt() {
		return joinedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoinedAt(Instant newJoinedAt) {
		Instant oldJoinedAt = joinedAt;
		joinedAt = newJoinedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE_ENTRY__JOINED_AT, oldJoinedAt, joinedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.QUEUE_ENTRY__UNIQUE_ID:
				return getUniqueId();
			case SwitchboardPackage.QUEUE_ENTRY__CHANNEL:
				return getChannel();
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NUMBER:
				return getCallerNumber();
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NAME:
				return getCallerName();
			case SwitchboardPackage.QUEUE_ENTRY__POSITION:
				return getPosition();
			case SwitchboardPackage.QUEUE_ENTRY__JOINED_AT:
				return getJoinedAt();
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
			case SwitchboardPackage.QUEUE_ENTRY__UNIQUE_ID:
				setUniqueId((String)newValue);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__CHANNEL:
				setChannel((String)newValue);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NUMBER:
				setCallerNumber((String)newValue);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NAME:
				setCallerName((String)newValue);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__POSITION:
				setPosition((Integer)newValue);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__JOINED_AT:
				setJoinedAt((Instant)newValue);
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
			case SwitchboardPackage.QUEUE_ENTRY__UNIQUE_ID:
				setUniqueId(UNIQUE_ID_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NUMBER:
				setCallerNumber(CALLER_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NAME:
				setCallerName(CALLER_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE_ENTRY__JOINED_AT:
				setJoinedAt(JOINED_AT_EDEFAULT);
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
			case SwitchboardPackage.QUEUE_ENTRY__UNIQUE_ID:
				return UNIQUE_ID_EDEFAULT == null ? uniqueId != null : !UNIQUE_ID_EDEFAULT.equals(uniqueId);
			case SwitchboardPackage.QUEUE_ENTRY__CHANNEL:
				return CHANNEL_EDEFAULT == null ? channel != null : !CHANNEL_EDEFAULT.equals(channel);
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NUMBER:
				return CALLER_NUMBER_EDEFAULT == null ? callerNumber != null : !CALLER_NUMBER_EDEFAULT.equals(callerNumber);
			case SwitchboardPackage.QUEUE_ENTRY__CALLER_NAME:
				return CALLER_NAME_EDEFAULT == null ? callerName != null : !CALLER_NAME_EDEFAULT.equals(callerName);
			case SwitchboardPackage.QUEUE_ENTRY__POSITION:
				return position != POSITION_EDEFAULT;
			case SwitchboardPackage.QUEUE_ENTRY__JOINED_AT:
				return JOINED_AT_EDEFAULT == null ? joinedAt != null : !JOINED_AT_EDEFAULT.equals(joinedAt);
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
		result.append(", channel: ");
		result.append(channel);
		result.append(", callerNumber: ");
		result.append(callerNumber);
		result.append(", callerName: ");
		result.append(callerName);
		result.append(", position: ");
		result.append(position);
		result.append(", joinedAt: ");
		result.append(joinedAt);
		result.append(')');
		return result.toString();
	}

} //QueueEntryImpl
