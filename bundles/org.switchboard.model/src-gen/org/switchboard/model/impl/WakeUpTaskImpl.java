/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.SwitchboardPackage;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wake Up Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getTimeOfDay <em>Time Of Day</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getRepeat <em>Repeat</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getRetries <em>Retries</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getRetryIntervalMinutes <em>Retry Interval Minutes</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getNextRun <em>Next Run</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.switchboard.model.impl.WakeUpTaskImpl#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WakeUpTaskImpl extends MinimalEObjectImpl.Container implements WakeUpTask {
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
	 * The default value of the '{@link #getTimeOfDay() <em>Time Of Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOfDay()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_OF_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeOfDay() <em>Time Of Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOfDay()
	 * @generated
	 * @ordered
	 */
	protected String timeOfDay = TIME_OF_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeat() <em>Repeat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeat()
	 * @generated
	 * @ordered
	 */
	protected static final WakeUpRepeat REPEAT_EDEFAULT = WakeUpRepeat.ONCE;

	/**
	 * The cached value of the '{@link #getRepeat() <em>Repeat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeat()
	 * @generated
	 * @ordered
	 */
	protected WakeUpRepeat repeat = REPEAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRIES_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected int retries = RETRIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetryIntervalMinutes() <em>Retry Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetryIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRY_INTERVAL_MINUTES_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getRetryIntervalMinutes() <em>Retry Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetryIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected int retryIntervalMinutes = RETRY_INTERVAL_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextRun() <em>Next Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextRun()
	 * @generated
	 * @ordered
	 */
	protected static final Instant NEXT_RUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextRun() <em>Next Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextRun()
	 * @generated
	 * @ordered
	 */
	protected Instant nextRun = NEXT_RUN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected String createdBy = CREATED_BY_EDEFAULT;

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
	 * The default value of the '{@link #getWeekdays() <em>Weekdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekdays()
	 * @generated
	 * @ordered
	 */
	protected static final String WEEKDAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeekdays() <em>Weekdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekdays()
	 * @generated
	 * @ordered
	 */
	protected String weekdays = WEEKDAYS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WakeUpTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.WAKE_UP_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__EXTENSION, oldExtension, extension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeOfDay() {
		return timeOfDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeOfDay(String newTimeOfDay) {
		String oldTimeOfDay = timeOfDay;
		timeOfDay = newTimeOfDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__TIME_OF_DAY, oldTimeOfDay, timeOfDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WakeUpRepeat getRepeat() {
		return repeat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeat(WakeUpRepeat newRepeat) {
		WakeUpRepeat oldRepeat = repeat;
		repeat = newRepeat == null ? REPEAT_EDEFAULT : newRepeat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__REPEAT, oldRepeat, repeat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetries() {
		return retries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetries(int newRetries) {
		int oldRetries = retries;
		retries = newRetries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__RETRIES, oldRetries, retries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetryIntervalMinutes() {
		return retryIntervalMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetryIntervalMinutes(int newRetryIntervalMinutes) {
		int oldRetryIntervalMinutes = retryIntervalMinutes;
		retryIntervalMinutes = newRetryIntervalMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__RETRY_INTERVAL_MINUTES, oldRetryIntervalMinutes, retryIntervalMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getNextRun() {
		return nextRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextRun(Instant newNextRun) {
		Instant oldNextRun = nextRun;
		nextRun = newNextRun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__NEXT_RUN, oldNextRun, nextRun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedBy() {
		return createdBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedBy(String newCreatedBy) {
		String oldCreatedBy = createdBy;
		createdBy = newCreatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__CREATED_BY, oldCreatedBy, createdBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeekdays() {
		return weekdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeekdays(String newWeekdays) {
		String oldWeekdays = weekdays;
		weekdays = newWeekdays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__WEEKDAYS, oldWeekdays, weekdays));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.WAKE_UP_TASK__PROMPT, oldPrompt, prompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.WAKE_UP_TASK__ID:
				return getId();
			case SwitchboardPackage.WAKE_UP_TASK__EXTENSION:
				return getExtension();
			case SwitchboardPackage.WAKE_UP_TASK__TIME_OF_DAY:
				return getTimeOfDay();
			case SwitchboardPackage.WAKE_UP_TASK__DATE:
				return getDate();
			case SwitchboardPackage.WAKE_UP_TASK__REPEAT:
				return getRepeat();
			case SwitchboardPackage.WAKE_UP_TASK__RETRIES:
				return getRetries();
			case SwitchboardPackage.WAKE_UP_TASK__RETRY_INTERVAL_MINUTES:
				return getRetryIntervalMinutes();
			case SwitchboardPackage.WAKE_UP_TASK__ENABLED:
				return isEnabled();
			case SwitchboardPackage.WAKE_UP_TASK__NEXT_RUN:
				return getNextRun();
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_BY:
				return getCreatedBy();
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_AT:
				return getCreatedAt();
			case SwitchboardPackage.WAKE_UP_TASK__WEEKDAYS:
				return getWeekdays();
			case SwitchboardPackage.WAKE_UP_TASK__PROMPT:
				return getPrompt();
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
			case SwitchboardPackage.WAKE_UP_TASK__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__EXTENSION:
				setExtension((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__TIME_OF_DAY:
				setTimeOfDay((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__DATE:
				setDate((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__REPEAT:
				setRepeat((WakeUpRepeat)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__RETRIES:
				setRetries((Integer)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__RETRY_INTERVAL_MINUTES:
				setRetryIntervalMinutes((Integer)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__NEXT_RUN:
				setNextRun((Instant)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_BY:
				setCreatedBy((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__WEEKDAYS:
				setWeekdays((String)newValue);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__PROMPT:
				setPrompt((String)newValue);
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
			case SwitchboardPackage.WAKE_UP_TASK__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__EXTENSION:
				setExtension(EXTENSION_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__TIME_OF_DAY:
				setTimeOfDay(TIME_OF_DAY_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__REPEAT:
				setRepeat(REPEAT_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__RETRIES:
				setRetries(RETRIES_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__RETRY_INTERVAL_MINUTES:
				setRetryIntervalMinutes(RETRY_INTERVAL_MINUTES_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__NEXT_RUN:
				setNextRun(NEXT_RUN_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_BY:
				setCreatedBy(CREATED_BY_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__WEEKDAYS:
				setWeekdays(WEEKDAYS_EDEFAULT);
				return;
			case SwitchboardPackage.WAKE_UP_TASK__PROMPT:
				setPrompt(PROMPT_EDEFAULT);
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
			case SwitchboardPackage.WAKE_UP_TASK__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_TASK__EXTENSION:
				return EXTENSION_EDEFAULT == null ? extension != null : !EXTENSION_EDEFAULT.equals(extension);
			case SwitchboardPackage.WAKE_UP_TASK__TIME_OF_DAY:
				return TIME_OF_DAY_EDEFAULT == null ? timeOfDay != null : !TIME_OF_DAY_EDEFAULT.equals(timeOfDay);
			case SwitchboardPackage.WAKE_UP_TASK__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SwitchboardPackage.WAKE_UP_TASK__REPEAT:
				return repeat != REPEAT_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_TASK__RETRIES:
				return retries != RETRIES_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_TASK__RETRY_INTERVAL_MINUTES:
				return retryIntervalMinutes != RETRY_INTERVAL_MINUTES_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_TASK__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SwitchboardPackage.WAKE_UP_TASK__NEXT_RUN:
				return NEXT_RUN_EDEFAULT == null ? nextRun != null : !NEXT_RUN_EDEFAULT.equals(nextRun);
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_BY:
				return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
			case SwitchboardPackage.WAKE_UP_TASK__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case SwitchboardPackage.WAKE_UP_TASK__WEEKDAYS:
				return WEEKDAYS_EDEFAULT == null ? weekdays != null : !WEEKDAYS_EDEFAULT.equals(weekdays);
			case SwitchboardPackage.WAKE_UP_TASK__PROMPT:
				return PROMPT_EDEFAULT == null ? prompt != null : !PROMPT_EDEFAULT.equals(prompt);
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
		result.append(", extension: ");
		result.append(extension);
		result.append(", timeOfDay: ");
		result.append(timeOfDay);
		result.append(", date: ");
		result.append(date);
		result.append(", repeat: ");
		result.append(repeat);
		result.append(", retries: ");
		result.append(retries);
		result.append(", retryIntervalMinutes: ");
		result.append(retryIntervalMinutes);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", nextRun: ");
		result.append(nextRun);
		result.append(", createdBy: ");
		result.append(createdBy);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", weekdays: ");
		result.append(weekdays);
		result.append(", prompt: ");
		result.append(prompt);
		result.append(')');
		return result.toString();
	}

} //WakeUpTaskImpl
