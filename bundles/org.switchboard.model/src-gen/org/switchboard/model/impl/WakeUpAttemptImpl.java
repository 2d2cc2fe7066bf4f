/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.SwitchboardPackage;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wake Up Attempt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getTaskId <em>Task Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getAttemptedAt <em>Attempted At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getAttempt <em>Attempt</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpAttemptImpl#getConsole <em>Console</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WakeUpAttemptImpl extends MinimalEObjectImpl.Container implements WakeUpAttempt {
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
	 * The default value of the '{@link #getTaskId() <em>Task Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskId()
	 * @generated
	 * @ordered
	 */
	protected static final long TASK_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTaskId() <em>Task Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskId()
	 * @generated
	 * @ordered
	 */
	protected long taskId = TASK_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtension() <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTENSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtension() <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected String extension = EXTENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SCHEDULED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected Instant scheduledAt = SCHEDULED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttemptedAt() <em>Attempted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttemptedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ATTEMPTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttemptedAt() <em>Attempted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttemptedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant attemptedAt = ATTEMPTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttempt() <em>Attempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempt()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTEMPT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAttempt() <em>Attempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempt()
	 * @generated
	 * @ordered
	 */
	protected int attempt = ATTEMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final WakeUpOutcome OUTCOME_EDEFAULT = WakeUpOutcome.PENDING;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected WakeUpOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected String detail = DETAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsole() <em>Console</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsole()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSOLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsole() <em>Console</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsole()
	 * @generated
	 * @ordered
	 */
	protected String console = CONSOLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WakeUpAttemptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.WAKE_UP_ATTEMPT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTaskId() {
		return taskId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskId(long newTaskId) {
		long oldTaskId = taskId;
		taskId = newTaskId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__TASK_ID, oldTaskId, taskId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtension() {
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtension(String newExtension) {
		String oldExtension = extension;
		extension = newExtension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__EXTENSION, oldExtension, extension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getScheduledAt() {
		return scheduledAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledAt(Instant newScheduledAt) {
		Instant oldScheduledAt = scheduledAt;
		scheduledAt = newScheduledAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__SCHEDULED_AT, oldScheduledAt, scheduledAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAttemptedAt() {
		return attemptedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttemptedAt(Instant newAttemptedAt) {
		Instant oldAttemptedAt = attemptedAt;
		attemptedAt = newAttemptedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPTED_AT, oldAttemptedAt, attemptedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttempt() {
		return attempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttempt(int newAttempt) {
		int oldAttempt = attempt;
		attempt = newAttempt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPT, oldAttempt, attempt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WakeUpOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(WakeUpOutcome newOutcome) {
		WakeUpOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetail() {
		return detail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetail(String newDetail) {
		String oldDetail = detail;
		detail = newDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__DETAIL, oldDetail, detail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsole() {
		return console;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsole(String newConsole) {
		String oldConsole = console;
		console = newConsole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_ATTEMPT__CONSOLE, oldConsole, console));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ID:
				return getId();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__TASK_ID:
				return getTaskId();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__EXTENSION:
				return getExtension();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__SCHEDULED_AT:
				return getScheduledAt();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPTED_AT:
				return getAttemptedAt();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPT:
				return getAttempt();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__OUTCOME:
				return getOutcome();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__DETAIL:
				return getDetail();
			case SwitchboardPackage.WAKE_UP_ATTEMPT__CONSOLE:
				return getConsole();
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
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__TASK_ID:
				setTaskId((Long)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__EXTENSION:
				setExtension((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__SCHEDULED_AT:
				setScheduledAt((Instant)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPTED_AT:
				setAttemptedAt((Instant)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPT:
				setAttempt((Integer)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__OUTCOME:
				setOutcome((WakeUpOutcome)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__DETAIL:
				setDetail((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__CONSOLE:
				setConsole((String)newValue);
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
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__TASK_ID:
				setTaskId(TASK_ID_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__EXTENSION:
				setExtension(EXTENSION_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__SCHEDULED_AT:
				setScheduledAt(SCHEDULED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPTED_AT:
				setAttemptedAt(ATTEMPTED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPT:
				setAttempt(ATTEMPT_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__DETAIL:
				setDetail(DETAIL_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__CONSOLE:
				setConsole(CONSOLE_EDEFAULT);
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
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__TASK_ID:
				return taskId != TASK_ID_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__EXTENSION:
				return EXTENSION_EDEFAULT == null ? extension != null : !EXTENSION_EDEFAULT.equals(extension);
			case SwitchboardPackage.WAKE_UP_ATTEMPT__SCHEDULED_AT:
				return SCHEDULED_AT_EDEFAULT == null ? scheduledAt != null : !SCHEDULED_AT_EDEFAULT.equals(scheduledAt);
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPTED_AT:
				return ATTEMPTED_AT_EDEFAULT == null ? attemptedAt != null : !ATTEMPTED_AT_EDEFAULT.equals(attemptedAt);
			case SwitchboardPackage.WAKE_UP_ATTEMPT__ATTEMPT:
				return attempt != ATTEMPT_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_ATTEMPT__DETAIL:
				return DETAIL_EDEFAULT == null ? detail != null : !DETAIL_EDEFAULT.equals(detail);
			case SwitchboardPackage.WAKE_UP_ATTEMPT__CONSOLE:
				return CONSOLE_EDEFAULT == null ? console != null : !CONSOLE_EDEFAULT.equals(console);
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
		result.append(", taskId: ");
		result.append(taskId);
		result.append(", extension: ");
		result.append(extension);
		result.append(", scheduledAt: ");
		result.append(scheduledAt);
		result.append(", attemptedAt: ");
		result.append(attemptedAt);
		result.append(", attempt: ");
		result.append(attempt);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", detail: ");
		result.append(detail);
		result.append(", console: ");
		result.append(console);
		result.append(')');
		return result.toString();
	}

} //WakeUpAttemptImpl
