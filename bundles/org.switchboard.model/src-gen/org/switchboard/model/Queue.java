/**
 */
package org.switchboard.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A call queue (the operator queue, e.g. 8000).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Queue#getNumber <em>Number</em>}</li>
 *   <li>{@link org.switchboard.model.Queue#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.switchboard.model.Queue#getMembers <em>Members</em>}</li>
 *   <li>{@link org.switchboard.model.Queue#getPausedMembers <em>Paused Members</em>}</li>
 *   <li>{@link org.switchboard.model.Queue#getNightNumber <em>Night Number</em>}</li>
 *   <li>{@link org.switchboard.model.Queue#getNightPrompt <em>Night Prompt</em>}</li>
 *   <li>{@link org.switchboard.model.Queue#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getQueue()
 * @model
 * @generated
 */
public interface Queue extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_Number()
	 * @model id="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Queue#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_Strategy()
	 * @model
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Queue#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interfaces of the members, e.g. PJSIP/1001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' attribute list.
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_Members()
	 * @model
	 * @generated
	 */
	EList<String> getMembers();

	/**
	 * Returns the value of the '<em><b>Paused Members</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paused Members</em>' attribute list.
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_PausedMembers()
	 * @model
	 * @generated
	 */
	EList<String> getPausedMembers();

	/**
	 * Returns the value of the '<em><b>Night Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Night service: where calls to the queue go while it is active (AstDB NIGHT/<queue>); null when off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Night Number</em>' attribute.
	 * @see #setNightNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_NightNumber()
	 * @model
	 * @generated
	 */
	String getNightNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Queue#getNightNumber <em>Night Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Night Number</em>' attribute.
	 * @see #getNightNumber()
	 * @generated
	 */
	void setNightNumber(String value);

	/**
	 * Returns the value of the '<em><b>Night Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Night service: the prompt played first (AstDB NIGHT/<queue>/prompt).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Night Prompt</em>' attribute.
	 * @see #setNightPrompt(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_NightPrompt()
	 * @model
	 * @generated
	 */
	String getNightPrompt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Queue#getNightPrompt <em>Night Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Night Prompt</em>' attribute.
	 * @see #getNightPrompt()
	 * @generated
	 */
	void setNightPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.switchboard.model.QueueEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getQueue_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<QueueEntry> getEntries();

} // Queue
