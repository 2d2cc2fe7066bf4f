/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queue Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A caller waiting in a queue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.QueueEntry#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.switchboard.model.QueueEntry#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.switchboard.model.QueueEntry#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.QueueEntry#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.QueueEntry#getPosition <em>Position</em>}</li>
 *   <li>{@link org.switchboard.model.QueueEntry#getJoinedAt <em>Joined At</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry()
 * @model
 * @generated
 */
public interface QueueEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Id</em>' attribute.
	 * @see #setUniqueId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry_UniqueId()
	 * @model id="true"
	 * @generated
	 */
	String getUniqueId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.QueueEntry#getUniqueId <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Id</em>' attribute.
	 * @see #getUniqueId()
	 * @generated
	 */
	void setUniqueId(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry_Channel()
	 * @model
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.switchboard.model.QueueEntry#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caller Number</em>' attribute.
	 * @see #setCallerNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry_CallerNumber()
	 * @model
	 * @generated
	 */
	String getCallerNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.QueueEntry#getCallerNumber <em>Caller Number</em>}' attribute.
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
	 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry_CallerName()
	 * @model
	 * @generated
	 */
	String getCallerName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.QueueEntry#getCallerName <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Name</em>' attribute.
	 * @see #getCallerName()
	 * @generated
	 */
	void setCallerName(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry_Position()
	 * @model
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link org.switchboard.model.QueueEntry#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

	/**
	 * Returns the value of the '<em><b>Joined At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joined At</em>' attribute.
	 * @see #setJoinedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getQueueEntry_JoinedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getJoinedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.QueueEntry#getJoinedAt <em>Joined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joined At</em>' attribute.
	 * @see #getJoinedAt()
	 * @generated
	 */
	void setJoinedAt(Instant value);

} // QueueEntry
