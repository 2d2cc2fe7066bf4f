/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A call: the channels that share one linked id, seen as one conversation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Call#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getCalleeNumber <em>Callee Number</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getCalleeName <em>Callee Name</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getState <em>State</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getBridgeId <em>Bridge Id</em>}</li>
 *   <li>{@link org.switchboard.model.Call#isHeld <em>Held</em>}</li>
 *   <li>{@link org.switchboard.model.Call#isMonitored <em>Monitored</em>}</li>
 *   <li>{@link org.switchboard.model.Call#isBarged <em>Barged</em>}</li>
 *   <li>{@link org.switchboard.model.Call#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getCall()
 * @model
 * @generated
 */
public interface Call extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The linked id of its channels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caller Number</em>' attribute.
	 * @see #setCallerNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_CallerNumber()
	 * @model
	 * @generated
	 */
	String getCallerNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getCallerNumber <em>Caller Number</em>}' attribute.
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
	 * @see org.switchboard.model.SwitchboardPackage#getCall_CallerName()
	 * @model
	 * @generated
	 */
	String getCallerName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getCallerName <em>Caller Name</em>}' attribute.
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
	 * @see org.switchboard.model.SwitchboardPackage#getCall_CalleeNumber()
	 * @model
	 * @generated
	 */
	String getCalleeNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getCalleeNumber <em>Callee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee Number</em>' attribute.
	 * @see #getCalleeNumber()
	 * @generated
	 */
	void setCalleeNumber(String value);

	/**
	 * Returns the value of the '<em><b>Callee Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callee Name</em>' attribute.
	 * @see #setCalleeName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_CalleeName()
	 * @model
	 * @generated
	 */
	String getCalleeName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getCalleeName <em>Callee Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee Name</em>' attribute.
	 * @see #getCalleeName()
	 * @generated
	 */
	void setCalleeName(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"DIALING"</code>.
	 * The literals are from the enumeration {@link org.switchboard.model.CallState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.switchboard.model.CallState
	 * @see #setState(CallState)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_State()
	 * @model default="DIALING"
	 * @generated
	 */
	CallState getState();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.switchboard.model.CallState
	 * @see #getState()
	 * @generated
	 */
	void setState(CallState value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_StartedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getStartedAt <em>Started At</em>}' attribute.
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
	 * @see org.switchboard.model.SwitchboardPackage#getCall_AnsweredAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getAnsweredAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getAnsweredAt <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered At</em>' attribute.
	 * @see #getAnsweredAt()
	 * @generated
	 */
	void setAnsweredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Bridge Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridge Id</em>' attribute.
	 * @see #setBridgeId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_BridgeId()
	 * @model
	 * @generated
	 */
	String getBridgeId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#getBridgeId <em>Bridge Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge Id</em>' attribute.
	 * @see #getBridgeId()
	 * @generated
	 */
	void setBridgeId(String value);

	/**
	 * Returns the value of the '<em><b>Held</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Held</em>' attribute.
	 * @see #setHeld(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_Held()
	 * @model
	 * @generated
	 */
	boolean isHeld();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#isHeld <em>Held</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held</em>' attribute.
	 * @see #isHeld()
	 * @generated
	 */
	void setHeld(boolean value);

	/**
	 * Returns the value of the '<em><b>Monitored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Somebody listens to this call (ChanSpy, quiet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monitored</em>' attribute.
	 * @see #setMonitored(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_Monitored()
	 * @model
	 * @generated
	 */
	boolean isMonitored();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#isMonitored <em>Monitored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitored</em>' attribute.
	 * @see #isMonitored()
	 * @generated
	 */
	void setMonitored(boolean value);

	/**
	 * Returns the value of the '<em><b>Barged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Somebody joined this call (ChanSpy, barge).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Barged</em>' attribute.
	 * @see #setBarged(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getCall_Barged()
	 * @model
	 * @generated
	 */
	boolean isBarged();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Call#isBarged <em>Barged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Barged</em>' attribute.
	 * @see #isBarged()
	 * @generated
	 */
	void setBarged(boolean value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.switchboard.model.Channel}.
	 * It is bidirectional and its opposite is '{@link org.switchboard.model.Channel#getCall <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getCall_Channels()
	 * @see org.switchboard.model.Channel#getCall
	 * @model opposite="call"
	 * @generated
	 */
	EList<Channel> getChannels();

} // Call
