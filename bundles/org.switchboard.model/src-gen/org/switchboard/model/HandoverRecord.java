/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Handover Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A shift handover between two operators.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.HandoverRecord#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.HandoverRecord#getFromOperator <em>From Operator</em>}</li>
 *   <li>{@link org.switchboard.model.HandoverRecord#getToOperator <em>To Operator</em>}</li>
 *   <li>{@link org.switchboard.model.HandoverRecord#getAt <em>At</em>}</li>
 *   <li>{@link org.switchboard.model.HandoverRecord#getExtension <em>Extension</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getHandoverRecord()
 * @model
 * @generated
 */
public interface HandoverRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getHandoverRecord_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.HandoverRecord#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>From Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Operator</em>' attribute.
	 * @see #setFromOperator(String)
	 * @see org.switchboard.model.SwitchboardPackage#getHandoverRecord_FromOperator()
	 * @model
	 * @generated
	 */
	String getFromOperator();

	/**
	 * Sets the value of the '{@link org.switchboard.model.HandoverRecord#getFromOperator <em>From Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Operator</em>' attribute.
	 * @see #getFromOperator()
	 * @generated
	 */
	void setFromOperator(String value);

	/**
	 * Returns the value of the '<em><b>To Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Operator</em>' attribute.
	 * @see #setToOperator(String)
	 * @see org.switchboard.model.SwitchboardPackage#getHandoverRecord_ToOperator()
	 * @model
	 * @generated
	 */
	String getToOperator();

	/**
	 * Sets the value of the '{@link org.switchboard.model.HandoverRecord#getToOperator <em>To Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Operator</em>' attribute.
	 * @see #getToOperator()
	 * @generated
	 */
	void setToOperator(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getHandoverRecord_At()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.HandoverRecord#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension</em>' attribute.
	 * @see #setExtension(String)
	 * @see org.switchboard.model.SwitchboardPackage#getHandoverRecord_Extension()
	 * @model
	 * @generated
	 */
	String getExtension();

	/**
	 * Sets the value of the '{@link org.switchboard.model.HandoverRecord#getExtension <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' attribute.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(String value);

} // HandoverRecord
