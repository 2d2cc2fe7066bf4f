/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The console's connection to the PBX, shown to the operator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.ConnectionState#getStatus <em>Status</em>}</li>
 *   <li>{@link org.switchboard.model.ConnectionState#getHost <em>Host</em>}</li>
 *   <li>{@link org.switchboard.model.ConnectionState#getPort <em>Port</em>}</li>
 *   <li>{@link org.switchboard.model.ConnectionState#getPbxVersion <em>Pbx Version</em>}</li>
 *   <li>{@link org.switchboard.model.ConnectionState#getMessage <em>Message</em>}</li>
 *   <li>{@link org.switchboard.model.ConnectionState#getSince <em>Since</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getConnectionState()
 * @model
 * @generated
 */
public interface ConnectionState extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"DISCONNECTED"</code>.
	 * The literals are from the enumeration {@link org.switchboard.model.ConnectionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.switchboard.model.ConnectionStatus
	 * @see #setStatus(ConnectionStatus)
	 * @see org.switchboard.model.SwitchboardPackage#getConnectionState_Status()
	 * @model default="DISCONNECTED"
	 * @generated
	 */
	ConnectionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ConnectionState#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.switchboard.model.ConnectionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ConnectionStatus value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.switchboard.model.SwitchboardPackage#getConnectionState_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ConnectionState#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.switchboard.model.SwitchboardPackage#getConnectionState_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ConnectionState#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Pbx Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pbx Version</em>' attribute.
	 * @see #setPbxVersion(String)
	 * @see org.switchboard.model.SwitchboardPackage#getConnectionState_PbxVersion()
	 * @model
	 * @generated
	 */
	String getPbxVersion();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ConnectionState#getPbxVersion <em>Pbx Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pbx Version</em>' attribute.
	 * @see #getPbxVersion()
	 * @generated
	 */
	void setPbxVersion(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What went wrong last, in plain words; empty when connected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.switchboard.model.SwitchboardPackage#getConnectionState_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ConnectionState#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getConnectionState_Since()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getSince();

	/**
	 * Sets the value of the '{@link org.switchboard.model.ConnectionState#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(Instant value);

} // ConnectionState
