/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wake Up Attempt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One try of a wake-up task and how it went.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getTaskId <em>Task Id</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getAttemptedAt <em>Attempted At</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getAttempt <em>Attempt</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.switchboard.model.WakeUpAttempt#getConsole <em>Console</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt()
 * @model
 * @generated
 */
public interface WakeUpAttempt extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Task Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Id</em>' attribute.
	 * @see #setTaskId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_TaskId()
	 * @model
	 * @generated
	 */
	long getTaskId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getTaskId <em>Task Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Id</em>' attribute.
	 * @see #getTaskId()
	 * @generated
	 */
	void setTaskId(long value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension</em>' attribute.
	 * @see #setExtension(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_Extension()
	 * @model
	 * @generated
	 */
	String getExtension();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getExtension <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' attribute.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(String value);

	/**
	 * Returns the value of the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduled At</em>' attribute.
	 * @see #setScheduledAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_ScheduledAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getScheduledAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getScheduledAt <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled At</em>' attribute.
	 * @see #getScheduledAt()
	 * @generated
	 */
	void setScheduledAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Attempted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempted At</em>' attribute.
	 * @see #setAttemptedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_AttemptedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getAttemptedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getAttemptedAt <em>Attempted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempted At</em>' attribute.
	 * @see #getAttemptedAt()
	 * @generated
	 */
	void setAttemptedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Attempt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempt</em>' attribute.
	 * @see #setAttempt(int)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_Attempt()
	 * @model
	 * @generated
	 */
	int getAttempt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getAttempt <em>Attempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempt</em>' attribute.
	 * @see #getAttempt()
	 * @generated
	 */
	void setAttempt(int value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.switchboard.model.WakeUpOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.switchboard.model.WakeUpOutcome
	 * @see #setOutcome(WakeUpOutcome)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_Outcome()
	 * @model
	 * @generated
	 */
	WakeUpOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.switchboard.model.WakeUpOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(WakeUpOutcome value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

	/**
	 * Returns the value of the '<em><b>Console</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which console made the attempt (a wake-up fires exactly once per site).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console</em>' attribute.
	 * @see #setConsole(String)
	 * @see org.switchboard.model.SwitchboardPackage#getWakeUpAttempt_Console()
	 * @model
	 * @generated
	 */
	String getConsole();

	/**
	 * Sets the value of the '{@link org.switchboard.model.WakeUpAttempt#getConsole <em>Console</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Console</em>' attribute.
	 * @see #getConsole()
	 * @generated
	 */
	void setConsole(String value);

} // WakeUpAttempt
