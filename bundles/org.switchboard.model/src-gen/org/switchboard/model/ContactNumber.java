/**
 */
package org.switchboard.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Number</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of a contact's numbers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.ContactNumber#getKind <em>Kind</em>}</li>
 *   <li>{@link org.switchboard.model.ContactNumber#getNumber <em>Number</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getContactNumber()
 * @model
 * @generated
 */
public interface ContactNumber extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.switchboard.model.NumberKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.switchboard.model.NumberKind
	 * @see #setKind(NumberKind)
	 * @see org.switchboard.model.SwitchboardPackage#getContactNumber_Kind()
	 * @model
	 * @generated
	 */
	NumberKind getKind();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ContactNumber#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.switchboard.model.NumberKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NumberKind value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContactNumber_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ContactNumber#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

} // ContactNumber
