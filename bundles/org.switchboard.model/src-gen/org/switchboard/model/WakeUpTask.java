/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wake Up Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A wake-up call to make.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.WakeUpTask#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getTimeOfDay <em>Time Of Day</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getDate <em>Date</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getRepeat <em>Repeat</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getRetries <em>Retries</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getRetryIntervalMinutes <em>Retry Interval Minutes</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getNextRun <em>Next Run</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpTask#getPrompt <em>Prompt</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask()
 * @model
 * @generated
 */
public interface WakeUpTask extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension</em>' attribute.
	 * @see #setExtension(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Extension()
	 * @model
	 * @generated
	 */
	String getExtension();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getExtension <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' attribute.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(String value);

	/**
	 * Returns the value of the '<em><b>Time Of Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HH:mm, the site's local time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Of Day</em>' attribute.
	 * @see #setTimeOfDay(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_TimeOfDay()
	 * @model
	 * @generated
	 */
	String getTimeOfDay();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getTimeOfDay <em>Time Of Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Of Day</em>' attribute.
	 * @see #getTimeOfDay()
	 * @generated
	 */
	void setTimeOfDay(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * yyyy-MM-dd for a ONCE task.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Repeat</b></em>' attribute.
	 * The literals are from the enumeration {@link org.switchboard.model.WakeUpRepeat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeat</em>' attribute.
	 * @see org.switchboard.model.WakeUpRepeat
	 * @see #setRepeat(WakeUpRepeat)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Repeat()
	 * @model
	 * @generated
	 */
	WakeUpRepeat getRepeat();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getRepeat <em>Repeat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeat</em>' attribute.
	 * @see org.switchboard.model.WakeUpRepeat
	 * @see #getRepeat()
	 * @generated
	 */
	void setRepeat(WakeUpRepeat value);

	/**
	 * Returns the value of the '<em><b>Retries</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retries</em>' attribute.
	 * @see #setRetries(int)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Retries()
	 * @model default="2"
	 * @generated
	 */
	int getRetries();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getRetries <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retries</em>' attribute.
	 * @see #getRetries()
	 * @generated
	 */
	void setRetries(int value);

	/**
	 * Returns the value of the '<em><b>Retry Interval Minutes</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retry Interval Minutes</em>' attribute.
	 * @see #setRetryIntervalMinutes(int)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_RetryIntervalMinutes()
	 * @model default="5"
	 * @generated
	 */
	int getRetryIntervalMinutes();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getRetryIntervalMinutes <em>Retry Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retry Interval Minutes</em>' attribute.
	 * @see #getRetryIntervalMinutes()
	 * @generated
	 */
	void setRetryIntervalMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Next Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Run</em>' attribute.
	 * @see #setNextRun(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_NextRun()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getNextRun();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getNextRun <em>Next Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Run</em>' attribute.
	 * @see #getNextRun()
	 * @generated
	 */
	void setNextRun(Instant value);

	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_CreatedBy()
	 * @model
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_CreatedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Weekdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a WEEKDAYS task: the days, e.g. MON,TUE,FRI (java.time.DayOfWeek names, first three letters).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weekdays</em>' attribute.
	 * @see #setWeekdays(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Weekdays()
	 * @model
	 * @generated
	 */
	String getWeekdays();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getWeekdays <em>Weekdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weekdays</em>' attribute.
	 * @see #getWeekdays()
	 * @generated
	 */
	void setWeekdays(String value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sound file played when the extension answers; empty for the dialplan's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpTask_Prompt()
	 * @model
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpTask#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

} // WakeUpTask
