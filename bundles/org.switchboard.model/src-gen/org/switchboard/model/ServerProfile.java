/**
 */
package org.switchboard.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How to reach a PBX and the shared database. Secrets live in secure storage, not here.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.ServerProfile#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getAmiHost <em>Ami Host</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getAmiPort <em>Ami Port</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getAmiUser <em>Ami User</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getContext <em>Context</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getOperatorQueue <em>Operator Queue</em>}</li>
 *   <li>{@link org.switchboard.model.ServerProfile#getDatabaseUrl <em>Database Url</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getServerProfile()
 * @model
 * @generated
 */
public interface ServerProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getId <em>Id</em>}' attribute.
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
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Ami Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ami Host</em>' attribute.
	 * @see #setAmiHost(String)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_AmiHost()
	 * @model
	 * @generated
	 */
	String getAmiHost();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getAmiHost <em>Ami Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ami Host</em>' attribute.
	 * @see #getAmiHost()
	 * @generated
	 */
	void setAmiHost(String value);

	/**
	 * Returns the value of the '<em><b>Ami Port</b></em>' attribute.
	 * The default value is <code>"5038"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ami Port</em>' attribute.
	 * @see #setAmiPort(int)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_AmiPort()
	 * @model default="5038"
	 * @generated
	 */
	int getAmiPort();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getAmiPort <em>Ami Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ami Port</em>' attribute.
	 * @see #getAmiPort()
	 * @generated
	 */
	void setAmiPort(int value);

	/**
	 * Returns the value of the '<em><b>Ami User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ami User</em>' attribute.
	 * @see #setAmiUser(String)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_AmiUser()
	 * @model
	 * @generated
	 */
	String getAmiUser();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getAmiUser <em>Ami User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ami User</em>' attribute.
	 * @see #getAmiUser()
	 * @generated
	 */
	void setAmiUser(String value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * The default value is <code>"internal"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(String)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_Context()
	 * @model default="internal"
	 * @generated
	 */
	String getContext();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(String value);

	/**
	 * Returns the value of the '<em><b>Operator Queue</b></em>' attribute.
	 * The default value is <code>"8000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator Queue</em>' attribute.
	 * @see #setOperatorQueue(String)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_OperatorQueue()
	 * @model default="8000"
	 * @generated
	 */
	String getOperatorQueue();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getOperatorQueue <em>Operator Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator Queue</em>' attribute.
	 * @see #getOperatorQueue()
	 * @generated
	 */
	void setOperatorQueue(String value);

	/**
	 * Returns the value of the '<em><b>Database Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Database Url</em>' attribute.
	 * @see #setDatabaseUrl(String)
	 * @see org.switchboard.model.SwitchboardPackage#getServerProfile_DatabaseUrl()
	 * @model
	 * @generated
	 */
	String getDatabaseUrl();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ServerProfile#getDatabaseUrl <em>Database Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database Url</em>' attribute.
	 * @see #getDatabaseUrl()
	 * @generated
	 */
	void setDatabaseUrl(String value);

} // ServerProfile
