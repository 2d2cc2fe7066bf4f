/**
 */
package org.switchboard.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One leg of a call on the PBX (an Asterisk channel).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.Channel#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getLinkedId <em>Linked Id</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getState <em>State</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getCallerNumber <em>Caller Number</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getConnectedNumber <em>Connected Number</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getConnectedName <em>Connected Name</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getContext <em>Context</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getExten <em>Exten</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getApplication <em>Application</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getBridgeId <em>Bridge Id</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#isOnHold <em>On Hold</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getCall <em>Call</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#getSpying <em>Spying</em>}</li>
 *   <li>{@link org.switchboard.model.Channel#isBarging <em>Barging</em>}</li>
 * </ul>
 *
 * @see org.switchboard.model.SwitchboardPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends EObject {
	/**
	 * Returns the value of the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Id</em>' attribute.
	 * @see #setUniqueId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_UniqueId()
	 * @model id="true"
	 * @generated
	 */
	String getUniqueId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getUniqueId <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Id</em>' attribute.
	 * @see #getUniqueId()
	 * @generated
	 */
	void setUniqueId(String value);

	/**
	 * Returns the value of the '<em><b>Linked Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linked Id</em>' attribute.
	 * @see #setLinkedId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_LinkedId()
	 * @model
	 * @generated
	 */
	String getLinkedId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getLinkedId <em>Linked Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linked Id</em>' attribute.
	 * @see #getLinkedId()
	 * @generated
	 */
	void setLinkedId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"DOWN"</code>.
	 * The literals are from the enumeration {@link org.switchboard.model.ChannelState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.switchboard.model.ChannelState
	 * @see #setState(ChannelState)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_State()
	 * @model default="DOWN"
	 * @generated
	 */
	ChannelState getState();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.switchboard.model.ChannelState
	 * @see #getState()
	 * @generated
	 */
	void setState(ChannelState value);

	/**
	 * Returns the value of the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caller Number</em>' attribute.
	 * @see #setCallerNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_CallerNumber()
	 * @model
	 * @generated
	 */
	String getCallerNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getCallerNumber <em>Caller Number</em>}' attribute.
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
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_CallerName()
	 * @model
	 * @generated
	 */
	String getCallerName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getCallerName <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Name</em>' attribute.
	 * @see #getCallerName()
	 * @generated
	 */
	void setCallerName(String value);

	/**
	 * Returns the value of the '<em><b>Connected Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connected Number</em>' attribute.
	 * @see #setConnectedNumber(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_ConnectedNumber()
	 * @model
	 * @generated
	 */
	String getConnectedNumber();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getConnectedNumber <em>Connected Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connected Number</em>' attribute.
	 * @see #getConnectedNumber()
	 * @generated
	 */
	void setConnectedNumber(String value);

	/**
	 * Returns the value of the '<em><b>Connected Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connected Name</em>' attribute.
	 * @see #setConnectedName(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_ConnectedName()
	 * @model
	 * @generated
	 */
	String getConnectedName();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getConnectedName <em>Connected Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connected Name</em>' attribute.
	 * @see #getConnectedName()
	 * @generated
	 */
	void setConnectedName(String value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Context()
	 * @model
	 * @generated
	 */
	String getContext();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(String value);

	/**
	 * Returns the value of the '<em><b>Exten</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exten</em>' attribute.
	 * @see #setExten(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Exten()
	 * @model
	 * @generated
	 */
	String getExten();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getExten <em>Exten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exten</em>' attribute.
	 * @see #getExten()
	 * @generated
	 */
	void setExten(String value);

	/**
	 * Returns the value of the '<em><b>Application</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Application</em>' attribute.
	 * @see #setApplication(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Application()
	 * @model
	 * @generated
	 */
	String getApplication();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getApplication <em>Application</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Application</em>' attribute.
	 * @see #getApplication()
	 * @generated
	 */
	void setApplication(String value);

	/**
	 * Returns the value of the '<em><b>Bridge Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridge Id</em>' attribute.
	 * @see #setBridgeId(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_BridgeId()
	 * @model
	 * @generated
	 */
	String getBridgeId();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getBridgeId <em>Bridge Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge Id</em>' attribute.
	 * @see #getBridgeId()
	 * @generated
	 */
	void setBridgeId(String value);

	/**
	 * Returns the value of the '<em><b>On Hold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Hold</em>' attribute.
	 * @see #setOnHold(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_OnHold()
	 * @model
	 * @generated
	 */
	boolean isOnHold();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#isOnHold <em>On Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Hold</em>' attribute.
	 * @see #isOnHold()
	 * @generated
	 */
	void setOnHold(boolean value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_CreatedAt()
	 * @model dataType="org.switchboard.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.switchboard.model.Extension#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension</em>' reference.
	 * @see #setExtension(Extension)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Extension()
	 * @see org.switchboard.model.Extension#getChannels
	 * @model opposite="channels"
	 * @generated
	 */
	Extension getExtension();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getExtension <em>Extension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' reference.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(Extension value);

	/**
	 * Returns the value of the '<em><b>Call</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.switchboard.model.Call#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call</em>' reference.
	 * @see #setCall(Call)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Call()
	 * @see org.switchboard.model.Call#getChannels
	 * @model opposite="channels"
	 * @generated
	 */
	Call getCall();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getCall <em>Call</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call</em>' reference.
	 * @see #getCall()
	 * @generated
	 */
	void setCall(Call value);

	/**
	 * Returns the value of the '<em><b>Spying</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unique id of the channel this one listens to (monitor) or joins (barge-in), or null: a spy leg is nobody's call of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spying</em>' attribute.
	 * @see #setSpying(String)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Spying()
	 * @model
	 * @generated
	 */
	String getSpying();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#getSpying <em>Spying</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spying</em>' attribute.
	 * @see #getSpying()
	 * @generated
	 */
	void setSpying(String value);

	/**
	 * Returns the value of the '<em><b>Barging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With spying: the leg joins the call (barge-in, three parties) instead of only listening.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Barging</em>' attribute.
	 * @see #setBarging(boolean)
	 * @see org.switchboard.model.SwitchboardPackage#getChannel_Barging()
	 * @model
	 * @generated
	 */
	boolean isBarging();

	/**
	 * Sets the value of the '{@link org.switchboard.model.Channel#isBarging <em>Barging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Barging</em>' attribute.
	 * @see #isBarging()
	 * @generated
	 */
	void setBarging(boolean value);

} // Channel
