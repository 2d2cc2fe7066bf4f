/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An operator account.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Operator#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getAccount <em>Account</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getRole <em>Role</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getFailedLogins <em>Failed Logins</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getLockedUntil <em>Locked Until</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.switchboard.model.Operator#getLastLoginAt <em>Last Login At</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getOperator()
 * @model
 * @generated
 */
public interface Operator extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account</em>' attribute.
	 * @see #setAccount(String)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_Account()
	 * @model
	 * @generated
	 */
	String getAccount();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getAccount <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' attribute.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.switchboard.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.switchboard.model.Role
	 * @see #setRole(Role)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.switchboard.model.Role
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The extension the operator usually works at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extension</em>' attribute.
	 * @see #setExtension(String)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_Extension()
	 * @model
	 * @generated
	 */
	String getExtension();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getExtension <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' attribute.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(String value);

	/**
	 * Returns the value of the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PBKDF2 hash with its salt and iteration count; never the password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Hash</em>' attribute.
	 * @see #setPasswordHash(String)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_PasswordHash()
	 * @model
	 * @generated
	 */
	String getPasswordHash();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getPasswordHash <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Hash</em>' attribute.
	 * @see #getPasswordHash()
	 * @generated
	 */
	void setPasswordHash(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Failed Logins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed Logins</em>' attribute.
	 * @see #setFailedLogins(int)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_FailedLogins()
	 * @model
	 * @generated
	 */
	int getFailedLogins();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getFailedLogins <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Logins</em>' attribute.
	 * @see #getFailedLogins()
	 * @generated
	 */
	void setFailedLogins(int value);

	/**
	 * Returns the value of the '<em><b>Locked Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locked Until</em>' attribute.
	 * @see #setLockedUntil(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_LockedUntil()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getLockedUntil();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getLockedUntil <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked Until</em>' attribute.
	 * @see #getLockedUntil()
	 * @generated
	 */
	void setLockedUntil(Instant value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_CreatedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Last Login At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Login At</em>' attribute.
	 * @see #setLastLoginAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getOperator_LastLoginAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getLastLoginAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Operator#getLastLoginAt <em>Last Login At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Login At</em>' attribute.
	 * @see #getLastLoginAt()
	 * @generated
	 */
	void setLastLoginAt(Instant value);

} // Operator
