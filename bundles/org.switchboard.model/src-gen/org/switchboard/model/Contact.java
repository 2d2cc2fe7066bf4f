/**
 */
package org.switchboard.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phonebook entry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Contact#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getKind <em>Kind</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getDepartmentId <em>Department Id</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getCompany <em>Company</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getTitle <em>Title</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getEmail <em>Email</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getNote <em>Note</em>}</li>
 *   <li>{@link org.switchboard.model.Contact#getNumbers <em>Numbers</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getContact()
 * @model
 * @generated
 */
public interface Contact extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.switchboard.model.PhonebookKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.switchboard.model.PhonebookKind
	 * @see #setKind(PhonebookKind)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Kind()
	 * @model
	 * @generated
	 */
	PhonebookKind getKind();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.switchboard.model.PhonebookKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PhonebookKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department Id</em>' attribute.
	 * @see #setDepartmentId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_DepartmentId()
	 * @model
	 * @generated
	 */
	long getDepartmentId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getDepartmentId <em>Department Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Id</em>' attribute.
	 * @see #getDepartmentId()
	 * @generated
	 */
	void setDepartmentId(long value);

	/**
	 * Returns the value of the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Company</em>' attribute.
	 * @see #setCompany(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Company()
	 * @model
	 * @generated
	 */
	String getCompany();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getCompany <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' attribute.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Contact#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Numbers</b></em>' containment reference list.
	 * The list contents are of type {@link org.switchboard.model.ContactNumber}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numbers</em>' containment reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getContact_Numbers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactNumber> getNumbers();

} // Contact
