/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phone extension and its live state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Extension#getNumber <em>Number</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getDevice <em>Device</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getDeviceState <em>Device State</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getStateSince <em>State Since</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#isDnd <em>Dnd</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getDialPermission <em>Dial Permission</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#isRegistered <em>Registered</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getContact <em>Contact</em>}</li>
 *   <li>{@link org.switchboard.model.Extension#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getExtension()
 * @model
 * @generated
 */
public interface Extension extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Number()
	 * @model id="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device the PBX rings for this extension, e.g. PJSIP/1002.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Device State</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.switchboard.model.DeviceState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device State</em>' attribute.
	 * @see org.switchboard.model.DeviceState
	 * @see #setDeviceState(DeviceState)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_DeviceState()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	DeviceState getDeviceState();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getDeviceState <em>Device State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device State</em>' attribute.
	 * @see org.switchboard.model.DeviceState
	 * @see #getDeviceState()
	 * @generated
	 */
	void setDeviceState(DeviceState value);

	/**
	 * Returns the value of the '<em><b>State Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State Since</em>' attribute.
	 * @see #setStateSince(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_StateSince()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getStateSince();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getStateSince <em>State Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Since</em>' attribute.
	 * @see #getStateSince()
	 * @generated
	 */
	void setStateSince(Instant value);

	/**
	 * Returns the value of the '<em><b>Dnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dnd</em>' attribute.
	 * @see #setDnd(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Dnd()
	 * @model
	 * @generated
	 */
	boolean isDnd();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#isDnd <em>Dnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dnd</em>' attribute.
	 * @see #isDnd()
	 * @generated
	 */
	void setDnd(boolean value);

	/**
	 * Returns the value of the '<em><b>Dial Permission</b></em>' attribute.
	 * The default value is <code>"INTERNATIONAL"</code>.
	 * The literals are from the enumeration {@link org.switchboard.model.DialPermission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dial Permission</em>' attribute.
	 * @see org.switchboard.model.DialPermission
	 * @see #setDialPermission(DialPermission)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_DialPermission()
	 * @model default="INTERNATIONAL"
	 * @generated
	 */
	DialPermission getDialPermission();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getDialPermission <em>Dial Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dial Permission</em>' attribute.
	 * @see org.switchboard.model.DialPermission
	 * @see #getDialPermission()
	 * @generated
	 */
	void setDialPermission(DialPermission value);

	/**
	 * Returns the value of the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registered</em>' attribute.
	 * @see #setRegistered(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Registered()
	 * @model
	 * @generated
	 */
	boolean isRegistered();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#isRegistered <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered</em>' attribute.
	 * @see #isRegistered()
	 * @generated
	 */
	void setRegistered(boolean value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The registered contact URI, empty when unregistered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact</em>' attribute.
	 * @see #setContact(String)
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Contact()
	 * @model
	 * @generated
	 */
	String getContact();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Extension#getContact <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' attribute.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(String value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.switchboard.model.Channel}.
	 * It is bidirectional and its opposite is '{@link org.switchboard.model.Channel#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getExtension_Channels()
	 * @see org.switchboard.model.Channel#getExtension
	 * @model opposite="extension"
	 * @generated
	 */
	EList<Channel> getChannels();

} // Extension
