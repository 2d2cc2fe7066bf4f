/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.NightServiceSetting;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Night Service Setting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#getQueue <em>Queue</em>}</li>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#getNightNumber <em>Night Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link org.switchboard.model.impl.NightServiceSettingImpl#getChangedAt <em>Changed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NightServiceSettingImpl extends MinimalEObjectImpl.Container implements NightServiceSetting {
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
	 * The default value of the '{@link #getQueue() <em>Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueue()
	 * @generated
	 * @ordered
	 */
	protected static final String QUEUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQueue() <em>Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueue()
	 * @generated
	 * @ordered
	 */
	protected String queue = QUEUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNightNumber() <em>Night Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NIGHT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNightNumber() <em>Night Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightNumber()
	 * @generated
	 * @ordered
	 */
	protected String nightNumber = NIGHT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected String prompt = PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangedBy() <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangedBy() <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedBy()
	 * @generated
	 * @ordered
	 */
	protected String changedBy = CHANGED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangedAt() <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CHANGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangedAt() <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant changedAt = CHANGED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NightServiceSettingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.NIGHT_SERVICE_SETTING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQueue() {
		return queue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueue(String newQueue) {
		String oldQueue = queue;
		queue = newQueue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__QUEUE, oldQueue, queue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNightNumber() {
		return nightNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightNumber(String newNightNumber) {
		String oldNightNumber = nightNumber;
		nightNumber = newNightNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__NIGHT_NUMBER, oldNightNumber, nightNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrompt() {
		return prompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrompt(String newPrompt) {
		String oldPrompt = prompt;
		prompt = newPrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__PROMPT, oldPrompt, prompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangedBy() {
		return changedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedBy(String newChangedBy) {
		String oldChangedBy = changedBy;
		changedBy = newChangedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_BY, oldChangedBy, changedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getChangedAt() {
		return changedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedAt(Instant newChangedAt) {
		Instant oldChangedAt = changedAt;
		changedAt = newChangedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_AT, oldChangedAt, changedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ID:
				return getId();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__QUEUE:
				return getQueue();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__NIGHT_NUMBER:
				return getNightNumber();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__PROMPT:
				return getPrompt();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ACTIVE:
				return isActive();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_BY:
				return getChangedBy();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_AT:
				return getChangedAt();
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
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__QUEUE:
				setQueue((String)newValue);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__NIGHT_NUMBER:
				setNightNumber((String)newValue);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__PROMPT:
				setPrompt((String)newValue);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_BY:
				setChangedBy((String)newValue);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_AT:
				setChangedAt((Instant)newValue);
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
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__QUEUE:
				setQueue(QUEUE_EDEFAULT);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__NIGHT_NUMBER:
				setNightNumber(NIGHT_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__PROMPT:
				setPrompt(PROMPT_EDEFAULT);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_BY:
				setChangedBy(CHANGED_BY_EDEFAULT);
				return;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_AT:
				setChangedAt(CHANGED_AT_EDEFAULT);
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
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__QUEUE:
				return QUEUE_EDEFAULT == null ? queue != null : !QUEUE_EDEFAULT.equals(queue);
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__NIGHT_NUMBER:
				return NIGHT_NUMBER_EDEFAULT == null ? nightNumber != null : !NIGHT_NUMBER_EDEFAULT.equals(nightNumber);
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__PROMPT:
				return PROMPT_EDEFAULT == null ? prompt != null : !PROMPT_EDEFAULT.equals(prompt);
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_BY:
				return CHANGED_BY_EDEFAULT == null ? changedBy != null : !CHANGED_BY_EDEFAULT.equals(changedBy);
			case SwitchboardPackage.NIGHT_SERVICE_SETTING__CHANGED_AT:
				return CHANGED_AT_EDEFAULT == null ? changedAt != null : !CHANGED_AT_EDEFAULT.equals(changedAt);
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
		result.append(", queue: ");
		result.append(queue);
		result.append(", nightNumber: ");
		result.append(nightNumber);
		result.append(", prompt: ");
		result.append(prompt);
		result.append(", active: ");
		result.append(active);
		result.append(", changedBy: ");
		result.append(changedBy);
		result.append(", changedAt: ");
		result.append(changedAt);
		result.append(')');
		return result.toString();
	}

} //NightServiceSettingImpl
