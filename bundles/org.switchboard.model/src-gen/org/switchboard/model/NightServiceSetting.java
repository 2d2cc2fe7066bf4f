/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Night Service Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Night service of a queue: where its calls go while it is active.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.NightServiceSetting#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.NightServiceSetting#getQueue <em>Queue</em>}</li>
 *   <li>{@link org.switchboard.model.NightServiceSetting#getNightNumber <em>Night Number</em>}</li>
 *   <li>{@link org.switchboard.model.NightServiceSetting#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.switchboard.model.NightServiceSetting#isActive <em>Active</em>}</li>
 *   <li>{@link org.switchboard.model.NightServiceSetting#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link org.switchboard.model.NightServiceSetting#getChangedAt <em>Changed At</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting()
 * @model
 * @generated
 */
public interface NightServiceSetting extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Queue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue</em>' attribute.
	 * @see #setQueue(String)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_Queue()
	 * @model
	 * @generated
	 */
	String getQueue();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#getQueue <em>Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue</em>' attribute.
	 * @see #getQueue()
	 * @generated
	 */
	void setQueue(String value);

	/**
	 * Returns the value of the '<em><b>Night Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Night Number</em>' attribute.
	 * @see #setNightNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_NightNumber()
	 * @model
	 * @generated
	 */
	String getNightNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#getNightNumber <em>Night Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Night Number</em>' attribute.
	 * @see #getNightNumber()
	 * @generated
	 */
	void setNightNumber(String value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_Prompt()
	 * @model
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_Active()
	 * @model
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed By</em>' attribute.
	 * @see #setChangedBy(String)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_ChangedBy()
	 * @model
	 * @generated
	 */
	String getChangedBy();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#getChangedBy <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed By</em>' attribute.
	 * @see #getChangedBy()
	 * @generated
	 */
	void setChangedBy(String value);

	/**
	 * Returns the value of the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed At</em>' attribute.
	 * @see #setChangedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getNightServiceSetting_ChangedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getChangedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.NightServiceSetting#getChangedAt <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed At</em>' attribute.
	 * @see #getChangedAt()
	 * @generated
	 */
	void setChangedAt(Instant value);

} // NightServiceSetting
