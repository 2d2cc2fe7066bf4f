/**
 */
package org.switchboard.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The live state of one PBX site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Site#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link org.switchboard.model.Site#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.switchboard.model.Site#getCalls <em>Calls</em>}</li>
 *   <li>{@link org.switchboard.model.Site#getQueues <em>Queues</em>}</li>
 *   <li>{@link org.switchboard.model.Site#getConnection <em>Connection</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends EObject {
	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.switchboard.model.Extension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extensions</em>' containment reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getSite_Extensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Extension> getExtensions();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.switchboard.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getSite_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Calls</b></em>' containment reference list.
	 * The list contents are of type {@link org.switchboard.model.Call}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calls</em>' containment reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getSite_Calls()
	 * @model containment="true"
	 * @generated
	 */
	EList<Call> getCalls();

	/**
	 * Returns the value of the '<em><b>Queues</b></em>' containment reference list.
	 * The list contents are of type {@link org.switchboard.model.Queue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queues</em>' containment reference list.
	 * @see org.switchboard.model.SwitchboardPackage#getSite_Queues()
	 * @model containment="true"
	 * @generated
	 */
	EList<Queue> getQueues();

	/**
	 * Returns the value of the '<em><b>Connection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection</em>' containment reference.
	 * @see #setConnection(ConnectionState)
	 * @see org.switchboard.model.SwitchboardPackage#getSite_Connection()
	 * @model containment="true"
	 * @generated
	 */
	ConnectionState getConnection();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Site#getConnection <em>Connection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection</em>' containment reference.
	 * @see #getConnection()
	 * @generated
	 */
	void setConnection(ConnectionState value);

} // Site
