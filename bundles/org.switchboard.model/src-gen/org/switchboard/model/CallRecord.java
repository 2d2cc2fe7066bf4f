/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A finished call on the PBX (from a CDR).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.CallRecord#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getLinkedId <em>Linked Id</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getCalleeNumber <em>Callee Number</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getBillableSeconds <em>Billable Seconds</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.switchboard.model.CallRecord#getDestinationChannel <em>Destination Channel</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getCallRecord()
 * @model
 * @generated
 */
public interface CallRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Id</em>' attribute.
	 * @see #setUniqueId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_UniqueId()
	 * @model
	 * @generated
	 */
	String getUniqueId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getUniqueId <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Id</em>' attribute.
	 * @see #getUniqueId()
	 * @generated
	 */
	void setUniqueId(String value);

	/**
	 * Returns the value of the '<em><b>Linked Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linked Id</em>' attribute.
	 * @see #setLinkedId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_LinkedId()
	 * @model
	 * @generated
	 */
	String getLinkedId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getLinkedId <em>Linked Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linked Id</em>' attribute.
	 * @see #getLinkedId()
	 * @generated
	 */
	void setLinkedId(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_StartedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered At</em>' attribute.
	 * @see #setAnsweredAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_AnsweredAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getAnsweredAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getAnsweredAt <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered At</em>' attribute.
	 * @see #getAnsweredAt()
	 * @generated
	 */
	void setAnsweredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_EndedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getEndedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caller Number</em>' attribute.
	 * @see #setCallerNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_CallerNumber()
	 * @model
	 * @generated
	 */
	String getCallerNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getCallerNumber <em>Caller Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Number</em>' attribute.
	 * @see #getCallerNumber()
	 * @generated
	 */
	void setCallerNumber(String value);

	/**
	 * Returns the value of the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caller Name</em>' attribute.
	 * @see #setCallerName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_CallerName()
	 * @model
	 * @generated
	 */
	String getCallerName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getCallerName <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Name</em>' attribute.
	 * @see #getCallerName()
	 * @generated
	 */
	void setCallerName(String value);

	/**
	 * Returns the value of the '<em><b>Callee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callee Number</em>' attribute.
	 * @see #setCalleeNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_CalleeNumber()
	 * @model
	 * @generated
	 */
	String getCalleeNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getCalleeNumber <em>Callee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee Number</em>' attribute.
	 * @see #getCalleeNumber()
	 * @generated
	 */
	void setCalleeNumber(String value);

	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(int)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_DurationSeconds()
	 * @model
	 * @generated
	 */
	int getDurationSeconds();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Billable Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Billable Seconds</em>' attribute.
	 * @see #setBillableSeconds(int)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_BillableSeconds()
	 * @model
	 * @generated
	 */
	int getBillableSeconds();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getBillableSeconds <em>Billable Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Billable Seconds</em>' attribute.
	 * @see #getBillableSeconds()
	 * @generated
	 */
	void setBillableSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Disposition</b></em>' attribute.
	 * The literals are from the enumeration {@link org.switchboard.model.CallDisposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disposition</em>' attribute.
	 * @see org.switchboard.model.CallDisposition
	 * @see #setDisposition(CallDisposition)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_Disposition()
	 * @model
	 * @generated
	 */
	CallDisposition getDisposition();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getDisposition <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disposition</em>' attribute.
	 * @see org.switchboard.model.CallDisposition
	 * @see #getDisposition()
	 * @generated
	 */
	void setDisposition(CallDisposition value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_Channel()
	 * @model
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Destination Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destination Channel</em>' attribute.
	 * @see #setDestinationChannel(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCallRecord_DestinationChannel()
	 * @model
	 * @generated
	 */
	String getDestinationChannel();

	/**
	 * Sets the value of the '{@link org.switchboard.model.CallRecord#getDestinationChannel <em>Destination Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination Channel</em>' attribute.
	 * @see #getDestinationChannel()
	 * @generated
	 */
	void setDestinationChannel(String value);

} // CallRecord
