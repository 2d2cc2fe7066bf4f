/**
 */
package org.switchboard.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Switchboard's one data model: the live PBX state (rebuilt from the PBX on every connect, owned by one thread: see LiveModel) and the records kept in the Derby store.
 * <!-- end-model-doc -->
 * @see org.switchboard.model.SwitchboardFactory
 * @model kind="package"
 * @generated
 */
public interface SwitchboardPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://switchboard.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "switchboard";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SwitchboardPackage eINSTANCE = org.switchboard.model.impl.SwitchboardPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.SiteImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 0;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__EXTENSIONS = 0;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CHANNELS = 1;

	/**
	 * The feature id for the '<em><b>Calls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CALLS = 2;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__QUEUES = 3;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CONNECTION = 4;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.ExtensionImpl <em>Extension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.ExtensionImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getExtension()
	 * @generated
	 */
	int EXTENSION = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__DEPARTMENT = 2;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__DEVICE = 3;

	/**
	 * The feature id for the '<em><b>Device State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__DEVICE_STATE = 4;

	/**
	 * The feature id for the '<em><b>State Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__STATE_SINCE = 5;

	/**
	 * The feature id for the '<em><b>Dnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__DND = 6;

	/**
	 * The feature id for the '<em><b>Dial Permission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__DIAL_PERMISSION = 7;

	/**
	 * The feature id for the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__REGISTERED = 8;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__CONTACT = 9;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION__CHANNELS = 10;

	/**
	 * The number of structural features of the '<em>Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.ChannelImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 2;

	/**
	 * The feature id for the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__UNIQUE_ID = 0;

	/**
	 * The feature id for the '<em><b>Linked Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__LINKED_ID = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__STATE = 3;

	/**
	 * The feature id for the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CALLER_NUMBER = 4;

	/**
	 * The feature id for the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CALLER_NAME = 5;

	/**
	 * The feature id for the '<em><b>Connected Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CONNECTED_NUMBER = 6;

	/**
	 * The feature id for the '<em><b>Connected Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CONNECTED_NAME = 7;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CONTEXT = 8;

	/**
	 * The feature id for the '<em><b>Exten</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__EXTEN = 9;

	/**
	 * The feature id for the '<em><b>Application</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__APPLICATION = 10;

	/**
	 * The feature id for the '<em><b>Bridge Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__BRIDGE_ID = 11;

	/**
	 * The feature id for the '<em><b>On Hold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ON_HOLD = 12;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CREATED_AT = 13;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__EXTENSION = 14;

	/**
	 * The feature id for the '<em><b>Call</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CALL = 15;

	/**
	 * The feature id for the '<em><b>Spying</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__SPYING = 16;

	/**
	 * The feature id for the '<em><b>Barging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__BARGING = 17;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.CallImpl <em>Call</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.CallImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCall()
	 * @generated
	 */
	int CALL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__ID = 0;

	/**
	 * The feature id for the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CALLER_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CALLER_NAME = 2;

	/**
	 * The feature id for the '<em><b>Callee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CALLEE_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Callee Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CALLEE_NAME = 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__STATE = 5;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__STARTED_AT = 6;

	/**
	 * The feature id for the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__ANSWERED_AT = 7;

	/**
	 * The feature id for the '<em><b>Bridge Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__BRIDGE_ID = 8;

	/**
	 * The feature id for the '<em><b>Held</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__HELD = 9;

	/**
	 * The feature id for the '<em><b>Monitored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__MONITORED = 10;

	/**
	 * The feature id for the '<em><b>Barged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__BARGED = 11;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CHANNELS = 12;

	/**
	 * The number of structural features of the '<em>Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.QueueImpl <em>Queue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.QueueImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getQueue()
	 * @generated
	 */
	int QUEUE = 4;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__STRATEGY = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__MEMBERS = 2;

	/**
	 * The feature id for the '<em><b>Paused Members</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__PAUSED_MEMBERS = 3;

	/**
	 * The feature id for the '<em><b>Night Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__NIGHT_NUMBER = 4;

	/**
	 * The feature id for the '<em><b>Night Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__NIGHT_PROMPT = 5;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__ENTRIES = 6;

	/**
	 * The number of structural features of the '<em>Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.QueueEntryImpl <em>Queue Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.QueueEntryImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getQueueEntry()
	 * @generated
	 */
	int QUEUE_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY__UNIQUE_ID = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY__CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY__CALLER_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY__CALLER_NAME = 3;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY__POSITION = 4;

	/**
	 * The feature id for the '<em><b>Joined At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY__JOINED_AT = 5;

	/**
	 * The number of structural features of the '<em>Queue Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Queue Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.ConnectionStateImpl <em>Connection State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.ConnectionStateImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getConnectionState()
	 * @generated
	 */
	int CONNECTION_STATE = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE__HOST = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE__PORT = 2;

	/**
	 * The feature id for the '<em><b>Pbx Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE__PBX_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE__MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE__SINCE = 5;

	/**
	 * The number of structural features of the '<em>Connection State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Connection State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.OperatorImpl <em>Operator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.OperatorImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getOperator()
	 * @generated
	 */
	int OPERATOR = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__ID = 0;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__ACCOUNT = 1;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__DISPLAY_NAME = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__ROLE = 3;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__EXTENSION = 4;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__PASSWORD_HASH = 5;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__ENABLED = 6;

	/**
	 * The feature id for the '<em><b>Failed Logins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__FAILED_LOGINS = 7;

	/**
	 * The feature id for the '<em><b>Locked Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__LOCKED_UNTIL = 8;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__CREATED_AT = 9;

	/**
	 * The feature id for the '<em><b>Last Login At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR__LAST_LOGIN_AT = 10;

	/**
	 * The number of structural features of the '<em>Operator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Operator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.ServerProfileImpl <em>Server Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.ServerProfileImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getServerProfile()
	 * @generated
	 */
	int SERVER_PROFILE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Ami Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__AMI_HOST = 2;

	/**
	 * The feature id for the '<em><b>Ami Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__AMI_PORT = 3;

	/**
	 * The feature id for the '<em><b>Ami User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__AMI_USER = 4;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__CONTEXT = 5;

	/**
	 * The feature id for the '<em><b>Operator Queue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__OPERATOR_QUEUE = 6;

	/**
	 * The feature id for the '<em><b>Database Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE__DATABASE_URL = 7;

	/**
	 * The number of structural features of the '<em>Server Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Server Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.DepartmentImpl <em>Department</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.DepartmentImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__OWNER = 3;

	/**
	 * The feature id for the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__PARENT_ID = 4;

	/**
	 * The number of structural features of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.ContactImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__OWNER = 3;

	/**
	 * The feature id for the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DEPARTMENT_ID = 4;

	/**
	 * The feature id for the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__COMPANY = 5;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TITLE = 6;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 7;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NOTE = 8;

	/**
	 * The feature id for the '<em><b>Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NUMBERS = 9;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.ContactNumberImpl <em>Contact Number</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.ContactNumberImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getContactNumber()
	 * @generated
	 */
	int CONTACT_NUMBER = 11;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_NUMBER__KIND = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_NUMBER__NUMBER = 1;

	/**
	 * The number of structural features of the '<em>Contact Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_NUMBER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Contact Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_NUMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.WakeUpTaskImpl <em>Wake Up Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.WakeUpTaskImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpTask()
	 * @generated
	 */
	int WAKE_UP_TASK = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__ID = 0;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__EXTENSION = 1;

	/**
	 * The feature id for the '<em><b>Time Of Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__TIME_OF_DAY = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__DATE = 3;

	/**
	 * The feature id for the '<em><b>Repeat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__REPEAT = 4;

	/**
	 * The feature id for the '<em><b>Retries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__RETRIES = 5;

	/**
	 * The feature id for the '<em><b>Retry Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__RETRY_INTERVAL_MINUTES = 6;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__ENABLED = 7;

	/**
	 * The feature id for the '<em><b>Next Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__NEXT_RUN = 8;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__CREATED_BY = 9;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__CREATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Weekdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__WEEKDAYS = 11;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK__PROMPT = 12;

	/**
	 * The number of structural features of the '<em>Wake Up Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Wake Up Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.WakeUpAttemptImpl <em>Wake Up Attempt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.WakeUpAttemptImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpAttempt()
	 * @generated
	 */
	int WAKE_UP_ATTEMPT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__ID = 0;

	/**
	 * The feature id for the '<em><b>Task Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__TASK_ID = 1;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__EXTENSION = 2;

	/**
	 * The feature id for the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__SCHEDULED_AT = 3;

	/**
	 * The feature id for the '<em><b>Attempted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__ATTEMPTED_AT = 4;

	/**
	 * The feature id for the '<em><b>Attempt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__ATTEMPT = 5;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__OUTCOME = 6;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__DETAIL = 7;

	/**
	 * The feature id for the '<em><b>Console</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT__CONSOLE = 8;

	/**
	 * The number of structural features of the '<em>Wake Up Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Wake Up Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKE_UP_ATTEMPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.NightServiceSettingImpl <em>Night Service Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.NightServiceSettingImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getNightServiceSetting()
	 * @generated
	 */
	int NIGHT_SERVICE_SETTING = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__ID = 0;

	/**
	 * The feature id for the '<em><b>Queue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__QUEUE = 1;

	/**
	 * The feature id for the '<em><b>Night Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__NIGHT_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__PROMPT = 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__ACTIVE = 4;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__CHANGED_BY = 5;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING__CHANGED_AT = 6;

	/**
	 * The number of structural features of the '<em>Night Service Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Night Service Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIGHT_SERVICE_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.CallRecordImpl <em>Call Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.CallRecordImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCallRecord()
	 * @generated
	 */
	int CALL_RECORD = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__UNIQUE_ID = 1;

	/**
	 * The feature id for the '<em><b>Linked Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__LINKED_ID = 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__STARTED_AT = 3;

	/**
	 * The feature id for the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__ANSWERED_AT = 4;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__ENDED_AT = 5;

	/**
	 * The feature id for the '<em><b>Caller Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__CALLER_NUMBER = 6;

	/**
	 * The feature id for the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__CALLER_NAME = 7;

	/**
	 * The feature id for the '<em><b>Callee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__CALLEE_NUMBER = 8;

	/**
	 * The feature id for the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__DURATION_SECONDS = 9;

	/**
	 * The feature id for the '<em><b>Billable Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__BILLABLE_SECONDS = 10;

	/**
	 * The feature id for the '<em><b>Disposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__DISPOSITION = 11;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__CHANNEL = 12;

	/**
	 * The feature id for the '<em><b>Destination Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD__DESTINATION_CHANNEL = 13;

	/**
	 * The number of structural features of the '<em>Call Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Call Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.HandoverRecordImpl <em>Handover Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.HandoverRecordImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getHandoverRecord()
	 * @generated
	 */
	int HANDOVER_RECORD = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>From Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD__FROM_OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>To Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD__TO_OPERATOR = 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD__AT = 3;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD__EXTENSION = 4;

	/**
	 * The number of structural features of the '<em>Handover Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Handover Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.impl.OperationLogEntryImpl <em>Operation Log Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.impl.OperationLogEntryImpl
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getOperationLogEntry()
	 * @generated
	 */
	int OPERATION_LOG_ENTRY = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__AT = 1;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__OPERATOR = 2;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__ACTION = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__OUTCOME = 5;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY__DETAIL = 6;

	/**
	 * The number of structural features of the '<em>Operation Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Operation Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_LOG_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.switchboard.model.DeviceState <em>Device State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.DeviceState
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getDeviceState()
	 * @generated
	 */
	int DEVICE_STATE = 18;

	/**
	 * The meta object id for the '{@link org.switchboard.model.DialPermission <em>Dial Permission</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.DialPermission
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getDialPermission()
	 * @generated
	 */
	int DIAL_PERMISSION = 19;

	/**
	 * The meta object id for the '{@link org.switchboard.model.ChannelState <em>Channel State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.ChannelState
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getChannelState()
	 * @generated
	 */
	int CHANNEL_STATE = 20;

	/**
	 * The meta object id for the '{@link org.switchboard.model.CallState <em>Call State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.CallState
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCallState()
	 * @generated
	 */
	int CALL_STATE = 21;

	/**
	 * The meta object id for the '{@link org.switchboard.model.ConnectionStatus <em>Connection Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.ConnectionStatus
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getConnectionStatus()
	 * @generated
	 */
	int CONNECTION_STATUS = 22;

	/**
	 * The meta object id for the '{@link org.switchboard.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.Role
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 23;

	/**
	 * The meta object id for the '{@link org.switchboard.model.PhonebookKind <em>Phonebook Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.PhonebookKind
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getPhonebookKind()
	 * @generated
	 */
	int PHONEBOOK_KIND = 24;

	/**
	 * The meta object id for the '{@link org.switchboard.model.NumberKind <em>Number Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.NumberKind
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getNumberKind()
	 * @generated
	 */
	int NUMBER_KIND = 25;

	/**
	 * The meta object id for the '{@link org.switchboard.model.WakeUpRepeat <em>Wake Up Repeat</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.WakeUpRepeat
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpRepeat()
	 * @generated
	 */
	int WAKE_UP_REPEAT = 26;

	/**
	 * The meta object id for the '{@link org.switchboard.model.WakeUpOutcome <em>Wake Up Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.WakeUpOutcome
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpOutcome()
	 * @generated
	 */
	int WAKE_UP_OUTCOME = 27;

	/**
	 * The meta object id for the '{@link org.switchboard.model.Outcome <em>Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.Outcome
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 28;

	/**
	 * The meta object id for the '{@link org.switchboard.model.CallDisposition <em>Call Disposition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.switchboard.model.CallDisposition
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCallDisposition()
	 * @generated
	 */
	int CALL_DISPOSITION = 29;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 30;


	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.switchboard.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the containment reference list '{@link org.switchboard.model.Site#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extensions</em>'.
	 * @see org.switchboard.model.Site#getExtensions()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Extensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.switchboard.model.Site#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.switchboard.model.Site#getChannels()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.switchboard.model.Site#getCalls <em>Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calls</em>'.
	 * @see org.switchboard.model.Site#getCalls()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Calls();

	/**
	 * Returns the meta object for the containment reference list '{@link org.switchboard.model.Site#getQueues <em>Queues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queues</em>'.
	 * @see org.switchboard.model.Site#getQueues()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Queues();

	/**
	 * Returns the meta object for the containment reference '{@link org.switchboard.model.Site#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Connection</em>'.
	 * @see org.switchboard.model.Site#getConnection()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Connection();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Extension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extension</em>'.
	 * @see org.switchboard.model.Extension
	 * @generated
	 */
	EClass getExtension();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.switchboard.model.Extension#getNumber()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.switchboard.model.Extension#getName()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.switchboard.model.Extension#getDepartment()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.switchboard.model.Extension#getDevice()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getDeviceState <em>Device State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device State</em>'.
	 * @see org.switchboard.model.Extension#getDeviceState()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_DeviceState();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getStateSince <em>State Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Since</em>'.
	 * @see org.switchboard.model.Extension#getStateSince()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_StateSince();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#isDnd <em>Dnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dnd</em>'.
	 * @see org.switchboard.model.Extension#isDnd()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Dnd();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getDialPermission <em>Dial Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dial Permission</em>'.
	 * @see org.switchboard.model.Extension#getDialPermission()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_DialPermission();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#isRegistered <em>Registered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered</em>'.
	 * @see org.switchboard.model.Extension#isRegistered()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Registered();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Extension#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact</em>'.
	 * @see org.switchboard.model.Extension#getContact()
	 * @see #getExtension()
	 * @generated
	 */
	EAttribute getExtension_Contact();

	/**
	 * Returns the meta object for the reference list '{@link org.switchboard.model.Extension#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.switchboard.model.Extension#getChannels()
	 * @see #getExtension()
	 * @generated
	 */
	EReference getExtension_Channels();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.switchboard.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getUniqueId <em>Unique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Id</em>'.
	 * @see org.switchboard.model.Channel#getUniqueId()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_UniqueId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getLinkedId <em>Linked Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linked Id</em>'.
	 * @see org.switchboard.model.Channel#getLinkedId()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_LinkedId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.switchboard.model.Channel#getName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.switchboard.model.Channel#getState()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_State();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getCallerNumber <em>Caller Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Number</em>'.
	 * @see org.switchboard.model.Channel#getCallerNumber()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_CallerNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getCallerName <em>Caller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Name</em>'.
	 * @see org.switchboard.model.Channel#getCallerName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_CallerName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getConnectedNumber <em>Connected Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connected Number</em>'.
	 * @see org.switchboard.model.Channel#getConnectedNumber()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_ConnectedNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getConnectedName <em>Connected Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connected Name</em>'.
	 * @see org.switchboard.model.Channel#getConnectedName()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_ConnectedName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see org.switchboard.model.Channel#getContext()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Context();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getExten <em>Exten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exten</em>'.
	 * @see org.switchboard.model.Channel#getExten()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Exten();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getApplication <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Application</em>'.
	 * @see org.switchboard.model.Channel#getApplication()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Application();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getBridgeId <em>Bridge Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge Id</em>'.
	 * @see org.switchboard.model.Channel#getBridgeId()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_BridgeId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#isOnHold <em>On Hold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Hold</em>'.
	 * @see org.switchboard.model.Channel#isOnHold()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_OnHold();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.switchboard.model.Channel#getCreatedAt()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_CreatedAt();

	/**
	 * Returns the meta object for the reference '{@link org.switchboard.model.Channel#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Extension</em>'.
	 * @see org.switchboard.model.Channel#getExtension()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Extension();

	/**
	 * Returns the meta object for the reference '{@link org.switchboard.model.Channel#getCall <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Call</em>'.
	 * @see org.switchboard.model.Channel#getCall()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Call();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#getSpying <em>Spying</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spying</em>'.
	 * @see org.switchboard.model.Channel#getSpying()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Spying();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Channel#isBarging <em>Barging</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Barging</em>'.
	 * @see org.switchboard.model.Channel#isBarging()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Barging();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Call <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call</em>'.
	 * @see org.switchboard.model.Call
	 * @generated
	 */
	EClass getCall();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.Call#getId()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getCallerNumber <em>Caller Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Number</em>'.
	 * @see org.switchboard.model.Call#getCallerNumber()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_CallerNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getCallerName <em>Caller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Name</em>'.
	 * @see org.switchboard.model.Call#getCallerName()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_CallerName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getCalleeNumber <em>Callee Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee Number</em>'.
	 * @see org.switchboard.model.Call#getCalleeNumber()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_CalleeNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getCalleeName <em>Callee Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee Name</em>'.
	 * @see org.switchboard.model.Call#getCalleeName()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_CalleeName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.switchboard.model.Call#getState()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_State();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.switchboard.model.Call#getStartedAt()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getAnsweredAt <em>Answered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered At</em>'.
	 * @see org.switchboard.model.Call#getAnsweredAt()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_AnsweredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#getBridgeId <em>Bridge Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge Id</em>'.
	 * @see org.switchboard.model.Call#getBridgeId()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_BridgeId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#isHeld <em>Held</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held</em>'.
	 * @see org.switchboard.model.Call#isHeld()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_Held();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#isMonitored <em>Monitored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monitored</em>'.
	 * @see org.switchboard.model.Call#isMonitored()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_Monitored();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Call#isBarged <em>Barged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Barged</em>'.
	 * @see org.switchboard.model.Call#isBarged()
	 * @see #getCall()
	 * @generated
	 */
	EAttribute getCall_Barged();

	/**
	 * Returns the meta object for the reference list '{@link org.switchboard.model.Call#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.switchboard.model.Call#getChannels()
	 * @see #getCall()
	 * @generated
	 */
	EReference getCall_Channels();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Queue <em>Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Queue</em>'.
	 * @see org.switchboard.model.Queue
	 * @generated
	 */
	EClass getQueue();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Queue#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.switchboard.model.Queue#getNumber()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Queue#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see org.switchboard.model.Queue#getStrategy()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Strategy();

	/**
	 * Returns the meta object for the attribute list '{@link org.switchboard.model.Queue#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Members</em>'.
	 * @see org.switchboard.model.Queue#getMembers()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Members();

	/**
	 * Returns the meta object for the attribute list '{@link org.switchboard.model.Queue#getPausedMembers <em>Paused Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Paused Members</em>'.
	 * @see org.switchboard.model.Queue#getPausedMembers()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_PausedMembers();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Queue#getNightNumber <em>Night Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Night Number</em>'.
	 * @see org.switchboard.model.Queue#getNightNumber()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_NightNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Queue#getNightPrompt <em>Night Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Night Prompt</em>'.
	 * @see org.switchboard.model.Queue#getNightPrompt()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_NightPrompt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.switchboard.model.Queue#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.switchboard.model.Queue#getEntries()
	 * @see #getQueue()
	 * @generated
	 */
	EReference getQueue_Entries();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.QueueEntry <em>Queue Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Queue Entry</em>'.
	 * @see org.switchboard.model.QueueEntry
	 * @generated
	 */
	EClass getQueueEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.QueueEntry#getUniqueId <em>Unique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Id</em>'.
	 * @see org.switchboard.model.QueueEntry#getUniqueId()
	 * @see #getQueueEntry()
	 * @generated
	 */
	EAttribute getQueueEntry_UniqueId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.QueueEntry#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.switchboard.model.QueueEntry#getChannel()
	 * @see #getQueueEntry()
	 * @generated
	 */
	EAttribute getQueueEntry_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.QueueEntry#getCallerNumber <em>Caller Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Number</em>'.
	 * @see org.switchboard.model.QueueEntry#getCallerNumber()
	 * @see #getQueueEntry()
	 * @generated
	 */
	EAttribute getQueueEntry_CallerNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.QueueEntry#getCallerName <em>Caller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Name</em>'.
	 * @see org.switchboard.model.QueueEntry#getCallerName()
	 * @see #getQueueEntry()
	 * @generated
	 */
	EAttribute getQueueEntry_CallerName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.QueueEntry#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.switchboard.model.QueueEntry#getPosition()
	 * @see #getQueueEntry()
	 * @generated
	 */
	EAttribute getQueueEntry_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.QueueEntry#getJoinedAt <em>Joined At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joined At</em>'.
	 * @see org.switchboard.model.QueueEntry#getJoinedAt()
	 * @see #getQueueEntry()
	 * @generated
	 */
	EAttribute getQueueEntry_JoinedAt();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.ConnectionState <em>Connection State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection State</em>'.
	 * @see org.switchboard.model.ConnectionState
	 * @generated
	 */
	EClass getConnectionState();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ConnectionState#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.switchboard.model.ConnectionState#getStatus()
	 * @see #getConnectionState()
	 * @generated
	 */
	EAttribute getConnectionState_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ConnectionState#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.switchboard.model.ConnectionState#getHost()
	 * @see #getConnectionState()
	 * @generated
	 */
	EAttribute getConnectionState_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ConnectionState#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.switchboard.model.ConnectionState#getPort()
	 * @see #getConnectionState()
	 * @generated
	 */
	EAttribute getConnectionState_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ConnectionState#getPbxVersion <em>Pbx Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pbx Version</em>'.
	 * @see org.switchboard.model.ConnectionState#getPbxVersion()
	 * @see #getConnectionState()
	 * @generated
	 */
	EAttribute getConnectionState_PbxVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ConnectionState#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.switchboard.model.ConnectionState#getMessage()
	 * @see #getConnectionState()
	 * @generated
	 */
	EAttribute getConnectionState_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ConnectionState#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.switchboard.model.ConnectionState#getSince()
	 * @see #getConnectionState()
	 * @generated
	 */
	EAttribute getConnectionState_Since();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Operator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operator</em>'.
	 * @see org.switchboard.model.Operator
	 * @generated
	 */
	EClass getOperator();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.Operator#getId()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.switchboard.model.Operator#getAccount()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.switchboard.model.Operator#getDisplayName()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.switchboard.model.Operator#getRole()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension</em>'.
	 * @see org.switchboard.model.Operator#getExtension()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_Extension();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.switchboard.model.Operator#getPasswordHash()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_PasswordHash();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.switchboard.model.Operator#isEnabled()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getFailedLogins <em>Failed Logins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed Logins</em>'.
	 * @see org.switchboard.model.Operator#getFailedLogins()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_FailedLogins();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getLockedUntil <em>Locked Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked Until</em>'.
	 * @see org.switchboard.model.Operator#getLockedUntil()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_LockedUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.switchboard.model.Operator#getCreatedAt()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Operator#getLastLoginAt <em>Last Login At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Login At</em>'.
	 * @see org.switchboard.model.Operator#getLastLoginAt()
	 * @see #getOperator()
	 * @generated
	 */
	EAttribute getOperator_LastLoginAt();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.ServerProfile <em>Server Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Profile</em>'.
	 * @see org.switchboard.model.ServerProfile
	 * @generated
	 */
	EClass getServerProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.ServerProfile#getId()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.switchboard.model.ServerProfile#getName()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getAmiHost <em>Ami Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ami Host</em>'.
	 * @see org.switchboard.model.ServerProfile#getAmiHost()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_AmiHost();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getAmiPort <em>Ami Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ami Port</em>'.
	 * @see org.switchboard.model.ServerProfile#getAmiPort()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_AmiPort();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getAmiUser <em>Ami User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ami User</em>'.
	 * @see org.switchboard.model.ServerProfile#getAmiUser()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_AmiUser();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see org.switchboard.model.ServerProfile#getContext()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_Context();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getOperatorQueue <em>Operator Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator Queue</em>'.
	 * @see org.switchboard.model.ServerProfile#getOperatorQueue()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_OperatorQueue();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ServerProfile#getDatabaseUrl <em>Database Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Database Url</em>'.
	 * @see org.switchboard.model.ServerProfile#getDatabaseUrl()
	 * @see #getServerProfile()
	 * @generated
	 */
	EAttribute getServerProfile_DatabaseUrl();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department</em>'.
	 * @see org.switchboard.model.Department
	 * @generated
	 */
	EClass getDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Department#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.Department#getId()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Department#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.switchboard.model.Department#getName()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Department#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.switchboard.model.Department#getKind()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Department#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.switchboard.model.Department#getOwner()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Department#getParentId <em>Parent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Id</em>'.
	 * @see org.switchboard.model.Department#getParentId()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_ParentId();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.switchboard.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.Contact#getId()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.switchboard.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.switchboard.model.Contact#getKind()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.switchboard.model.Contact#getOwner()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getDepartmentId <em>Department Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Id</em>'.
	 * @see org.switchboard.model.Contact#getDepartmentId()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_DepartmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getCompany <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company</em>'.
	 * @see org.switchboard.model.Contact#getCompany()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Company();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.switchboard.model.Contact#getTitle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.switchboard.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.Contact#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.switchboard.model.Contact#getNote()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.switchboard.model.Contact#getNumbers <em>Numbers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Numbers</em>'.
	 * @see org.switchboard.model.Contact#getNumbers()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Numbers();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.ContactNumber <em>Contact Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Number</em>'.
	 * @see org.switchboard.model.ContactNumber
	 * @generated
	 */
	EClass getContactNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ContactNumber#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.switchboard.model.ContactNumber#getKind()
	 * @see #getContactNumber()
	 * @generated
	 */
	EAttribute getContactNumber_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.ContactNumber#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.switchboard.model.ContactNumber#getNumber()
	 * @see #getContactNumber()
	 * @generated
	 */
	EAttribute getContactNumber_Number();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.WakeUpTask <em>Wake Up Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wake Up Task</em>'.
	 * @see org.switchboard.model.WakeUpTask
	 * @generated
	 */
	EClass getWakeUpTask();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.WakeUpTask#getId()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension</em>'.
	 * @see org.switchboard.model.WakeUpTask#getExtension()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Extension();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getTimeOfDay <em>Time Of Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Of Day</em>'.
	 * @see org.switchboard.model.WakeUpTask#getTimeOfDay()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_TimeOfDay();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.switchboard.model.WakeUpTask#getDate()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getRepeat <em>Repeat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeat</em>'.
	 * @see org.switchboard.model.WakeUpTask#getRepeat()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Repeat();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getRetries <em>Retries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retries</em>'.
	 * @see org.switchboard.model.WakeUpTask#getRetries()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Retries();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getRetryIntervalMinutes <em>Retry Interval Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retry Interval Minutes</em>'.
	 * @see org.switchboard.model.WakeUpTask#getRetryIntervalMinutes()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_RetryIntervalMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.switchboard.model.WakeUpTask#isEnabled()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getNextRun <em>Next Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Run</em>'.
	 * @see org.switchboard.model.WakeUpTask#getNextRun()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_NextRun();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.switchboard.model.WakeUpTask#getCreatedBy()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.switchboard.model.WakeUpTask#getCreatedAt()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getWeekdays <em>Weekdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weekdays</em>'.
	 * @see org.switchboard.model.WakeUpTask#getWeekdays()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Weekdays();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpTask#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see org.switchboard.model.WakeUpTask#getPrompt()
	 * @see #getWakeUpTask()
	 * @generated
	 */
	EAttribute getWakeUpTask_Prompt();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.WakeUpAttempt <em>Wake Up Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wake Up Attempt</em>'.
	 * @see org.switchboard.model.WakeUpAttempt
	 * @generated
	 */
	EClass getWakeUpAttempt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getId()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getTaskId <em>Task Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Id</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getTaskId()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_TaskId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getExtension()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_Extension();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getScheduledAt <em>Scheduled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled At</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getScheduledAt()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_ScheduledAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getAttemptedAt <em>Attempted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attempted At</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getAttemptedAt()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_AttemptedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getAttempt <em>Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attempt</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getAttempt()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_Attempt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getOutcome()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getDetail()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_Detail();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.WakeUpAttempt#getConsole <em>Console</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Console</em>'.
	 * @see org.switchboard.model.WakeUpAttempt#getConsole()
	 * @see #getWakeUpAttempt()
	 * @generated
	 */
	EAttribute getWakeUpAttempt_Console();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.NightServiceSetting <em>Night Service Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Night Service Setting</em>'.
	 * @see org.switchboard.model.NightServiceSetting
	 * @generated
	 */
	EClass getNightServiceSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.NightServiceSetting#getId()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#getQueue <em>Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue</em>'.
	 * @see org.switchboard.model.NightServiceSetting#getQueue()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_Queue();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#getNightNumber <em>Night Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Night Number</em>'.
	 * @see org.switchboard.model.NightServiceSetting#getNightNumber()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_NightNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see org.switchboard.model.NightServiceSetting#getPrompt()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_Prompt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.switchboard.model.NightServiceSetting#isActive()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#getChangedBy <em>Changed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed By</em>'.
	 * @see org.switchboard.model.NightServiceSetting#getChangedBy()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_ChangedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.NightServiceSetting#getChangedAt <em>Changed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed At</em>'.
	 * @see org.switchboard.model.NightServiceSetting#getChangedAt()
	 * @see #getNightServiceSetting()
	 * @generated
	 */
	EAttribute getNightServiceSetting_ChangedAt();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.CallRecord <em>Call Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call Record</em>'.
	 * @see org.switchboard.model.CallRecord
	 * @generated
	 */
	EClass getCallRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.CallRecord#getId()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getUniqueId <em>Unique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Id</em>'.
	 * @see org.switchboard.model.CallRecord#getUniqueId()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_UniqueId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getLinkedId <em>Linked Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linked Id</em>'.
	 * @see org.switchboard.model.CallRecord#getLinkedId()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_LinkedId();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.switchboard.model.CallRecord#getStartedAt()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getAnsweredAt <em>Answered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered At</em>'.
	 * @see org.switchboard.model.CallRecord#getAnsweredAt()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_AnsweredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see org.switchboard.model.CallRecord#getEndedAt()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getCallerNumber <em>Caller Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Number</em>'.
	 * @see org.switchboard.model.CallRecord#getCallerNumber()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_CallerNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getCallerName <em>Caller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Name</em>'.
	 * @see org.switchboard.model.CallRecord#getCallerName()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_CallerName();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getCalleeNumber <em>Callee Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee Number</em>'.
	 * @see org.switchboard.model.CallRecord#getCalleeNumber()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_CalleeNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getDurationSeconds <em>Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Seconds</em>'.
	 * @see org.switchboard.model.CallRecord#getDurationSeconds()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_DurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getBillableSeconds <em>Billable Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Billable Seconds</em>'.
	 * @see org.switchboard.model.CallRecord#getBillableSeconds()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_BillableSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getDisposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disposition</em>'.
	 * @see org.switchboard.model.CallRecord#getDisposition()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_Disposition();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.switchboard.model.CallRecord#getChannel()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.CallRecord#getDestinationChannel <em>Destination Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination Channel</em>'.
	 * @see org.switchboard.model.CallRecord#getDestinationChannel()
	 * @see #getCallRecord()
	 * @generated
	 */
	EAttribute getCallRecord_DestinationChannel();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.HandoverRecord <em>Handover Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Handover Record</em>'.
	 * @see org.switchboard.model.HandoverRecord
	 * @generated
	 */
	EClass getHandoverRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.HandoverRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.HandoverRecord#getId()
	 * @see #getHandoverRecord()
	 * @generated
	 */
	EAttribute getHandoverRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.HandoverRecord#getFromOperator <em>From Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Operator</em>'.
	 * @see org.switchboard.model.HandoverRecord#getFromOperator()
	 * @see #getHandoverRecord()
	 * @generated
	 */
	EAttribute getHandoverRecord_FromOperator();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.HandoverRecord#getToOperator <em>To Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Operator</em>'.
	 * @see org.switchboard.model.HandoverRecord#getToOperator()
	 * @see #getHandoverRecord()
	 * @generated
	 */
	EAttribute getHandoverRecord_ToOperator();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.HandoverRecord#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.switchboard.model.HandoverRecord#getAt()
	 * @see #getHandoverRecord()
	 * @generated
	 */
	EAttribute getHandoverRecord_At();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.HandoverRecord#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension</em>'.
	 * @see org.switchboard.model.HandoverRecord#getExtension()
	 * @see #getHandoverRecord()
	 * @generated
	 */
	EAttribute getHandoverRecord_Extension();

	/**
	 * Returns the meta object for class '{@link org.switchboard.model.OperationLogEntry <em>Operation Log Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation Log Entry</em>'.
	 * @see org.switchboard.model.OperationLogEntry
	 * @generated
	 */
	EClass getOperationLogEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getId()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getAt()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_At();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getOperator()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getAction()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getTarget()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getOutcome()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.switchboard.model.OperationLogEntry#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.switchboard.model.OperationLogEntry#getDetail()
	 * @see #getOperationLogEntry()
	 * @generated
	 */
	EAttribute getOperationLogEntry_Detail();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.DeviceState <em>Device State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device State</em>'.
	 * @see org.switchboard.model.DeviceState
	 * @generated
	 */
	EEnum getDeviceState();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.DialPermission <em>Dial Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dial Permission</em>'.
	 * @see org.switchboard.model.DialPermission
	 * @generated
	 */
	EEnum getDialPermission();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.ChannelState <em>Channel State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel State</em>'.
	 * @see org.switchboard.model.ChannelState
	 * @generated
	 */
	EEnum getChannelState();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.CallState <em>Call State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Call State</em>'.
	 * @see org.switchboard.model.CallState
	 * @generated
	 */
	EEnum getCallState();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.ConnectionStatus <em>Connection Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Status</em>'.
	 * @see org.switchboard.model.ConnectionStatus
	 * @generated
	 */
	EEnum getConnectionStatus();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.switchboard.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.PhonebookKind <em>Phonebook Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phonebook Kind</em>'.
	 * @see org.switchboard.model.PhonebookKind
	 * @generated
	 */
	EEnum getPhonebookKind();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.NumberKind <em>Number Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Number Kind</em>'.
	 * @see org.switchboard.model.NumberKind
	 * @generated
	 */
	EEnum getNumberKind();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.WakeUpRepeat <em>Wake Up Repeat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wake Up Repeat</em>'.
	 * @see org.switchboard.model.WakeUpRepeat
	 * @generated
	 */
	EEnum getWakeUpRepeat();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.WakeUpOutcome <em>Wake Up Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wake Up Outcome</em>'.
	 * @see org.switchboard.model.WakeUpOutcome
	 * @generated
	 */
	EEnum getWakeUpOutcome();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome</em>'.
	 * @see org.switchboard.model.Outcome
	 * @generated
	 */
	EEnum getOutcome();

	/**
	 * Returns the meta object for enum '{@link org.switchboard.model.CallDisposition <em>Call Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Call Disposition</em>'.
	 * @see org.switchboard.model.CallDisposition
	 * @generated
	 */
	EEnum getCallDisposition();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SwitchboardFactory getSwitchboardFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.SiteImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__EXTENSIONS = eINSTANCE.getSite_Extensions();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CHANNELS = eINSTANCE.getSite_Channels();

		/**
		 * The meta object literal for the '<em><b>Calls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CALLS = eINSTANCE.getSite_Calls();

		/**
		 * The meta object literal for the '<em><b>Queues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__QUEUES = eINSTANCE.getSite_Queues();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CONNECTION = eINSTANCE.getSite_Connection();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.ExtensionImpl <em>Extension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.ExtensionImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getExtension()
		 * @generated
		 */
		EClass EXTENSION = eINSTANCE.getExtension();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__NUMBER = eINSTANCE.getExtension_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__NAME = eINSTANCE.getExtension_Name();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__DEPARTMENT = eINSTANCE.getExtension_Department();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__DEVICE = eINSTANCE.getExtension_Device();

		/**
		 * The meta object literal for the '<em><b>Device State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__DEVICE_STATE = eINSTANCE.getExtension_DeviceState();

		/**
		 * The meta object literal for the '<em><b>State Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__STATE_SINCE = eINSTANCE.getExtension_StateSince();

		/**
		 * The meta object literal for the '<em><b>Dnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__DND = eINSTANCE.getExtension_Dnd();

		/**
		 * The meta object literal for the '<em><b>Dial Permission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__DIAL_PERMISSION = eINSTANCE.getExtension_DialPermission();

		/**
		 * The meta object literal for the '<em><b>Registered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__REGISTERED = eINSTANCE.getExtension_Registered();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION__CONTACT = eINSTANCE.getExtension_Contact();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTENSION__CHANNELS = eINSTANCE.getExtension_Channels();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.ChannelImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Unique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__UNIQUE_ID = eINSTANCE.getChannel_UniqueId();

		/**
		 * The meta object literal for the '<em><b>Linked Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__LINKED_ID = eINSTANCE.getChannel_LinkedId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__NAME = eINSTANCE.getChannel_Name();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__STATE = eINSTANCE.getChannel_State();

		/**
		 * The meta object literal for the '<em><b>Caller Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CALLER_NUMBER = eINSTANCE.getChannel_CallerNumber();

		/**
		 * The meta object literal for the '<em><b>Caller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CALLER_NAME = eINSTANCE.getChannel_CallerName();

		/**
		 * The meta object literal for the '<em><b>Connected Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CONNECTED_NUMBER = eINSTANCE.getChannel_ConnectedNumber();

		/**
		 * The meta object literal for the '<em><b>Connected Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CONNECTED_NAME = eINSTANCE.getChannel_ConnectedName();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CONTEXT = eINSTANCE.getChannel_Context();

		/**
		 * The meta object literal for the '<em><b>Exten</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__EXTEN = eINSTANCE.getChannel_Exten();

		/**
		 * The meta object literal for the '<em><b>Application</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__APPLICATION = eINSTANCE.getChannel_Application();

		/**
		 * The meta object literal for the '<em><b>Bridge Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__BRIDGE_ID = eINSTANCE.getChannel_BridgeId();

		/**
		 * The meta object literal for the '<em><b>On Hold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__ON_HOLD = eINSTANCE.getChannel_OnHold();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CREATED_AT = eINSTANCE.getChannel_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__EXTENSION = eINSTANCE.getChannel_Extension();

		/**
		 * The meta object literal for the '<em><b>Call</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__CALL = eINSTANCE.getChannel_Call();

		/**
		 * The meta object literal for the '<em><b>Spying</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__SPYING = eINSTANCE.getChannel_Spying();

		/**
		 * The meta object literal for the '<em><b>Barging</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__BARGING = eINSTANCE.getChannel_Barging();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.CallImpl <em>Call</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.CallImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCall()
		 * @generated
		 */
		EClass CALL = eINSTANCE.getCall();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__ID = eINSTANCE.getCall_Id();

		/**
		 * The meta object literal for the '<em><b>Caller Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__CALLER_NUMBER = eINSTANCE.getCall_CallerNumber();

		/**
		 * The meta object literal for the '<em><b>Caller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__CALLER_NAME = eINSTANCE.getCall_CallerName();

		/**
		 * The meta object literal for the '<em><b>Callee Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__CALLEE_NUMBER = eINSTANCE.getCall_CalleeNumber();

		/**
		 * The meta object literal for the '<em><b>Callee Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__CALLEE_NAME = eINSTANCE.getCall_CalleeName();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__STATE = eINSTANCE.getCall_State();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__STARTED_AT = eINSTANCE.getCall_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Answered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__ANSWERED_AT = eINSTANCE.getCall_AnsweredAt();

		/**
		 * The meta object literal for the '<em><b>Bridge Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__BRIDGE_ID = eINSTANCE.getCall_BridgeId();

		/**
		 * The meta object literal for the '<em><b>Held</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__HELD = eINSTANCE.getCall_Held();

		/**
		 * The meta object literal for the '<em><b>Monitored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__MONITORED = eINSTANCE.getCall_Monitored();

		/**
		 * The meta object literal for the '<em><b>Barged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL__BARGED = eINSTANCE.getCall_Barged();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL__CHANNELS = eINSTANCE.getCall_Channels();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.QueueImpl <em>Queue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.QueueImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getQueue()
		 * @generated
		 */
		EClass QUEUE = eINSTANCE.getQueue();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__NUMBER = eINSTANCE.getQueue_Number();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__STRATEGY = eINSTANCE.getQueue_Strategy();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__MEMBERS = eINSTANCE.getQueue_Members();

		/**
		 * The meta object literal for the '<em><b>Paused Members</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__PAUSED_MEMBERS = eINSTANCE.getQueue_PausedMembers();

		/**
		 * The meta object literal for the '<em><b>Night Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__NIGHT_NUMBER = eINSTANCE.getQueue_NightNumber();

		/**
		 * The meta object literal for the '<em><b>Night Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__NIGHT_PROMPT = eINSTANCE.getQueue_NightPrompt();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUEUE__ENTRIES = eINSTANCE.getQueue_Entries();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.QueueEntryImpl <em>Queue Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.QueueEntryImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getQueueEntry()
		 * @generated
		 */
		EClass QUEUE_ENTRY = eINSTANCE.getQueueEntry();

		/**
		 * The meta object literal for the '<em><b>Unique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_ENTRY__UNIQUE_ID = eINSTANCE.getQueueEntry_UniqueId();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_ENTRY__CHANNEL = eINSTANCE.getQueueEntry_Channel();

		/**
		 * The meta object literal for the '<em><b>Caller Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_ENTRY__CALLER_NUMBER = eINSTANCE.getQueueEntry_CallerNumber();

		/**
		 * The meta object literal for the '<em><b>Caller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_ENTRY__CALLER_NAME = eINSTANCE.getQueueEntry_CallerName();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_ENTRY__POSITION = eINSTANCE.getQueueEntry_Position();

		/**
		 * The meta object literal for the '<em><b>Joined At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_ENTRY__JOINED_AT = eINSTANCE.getQueueEntry_JoinedAt();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.ConnectionStateImpl <em>Connection State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.ConnectionStateImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getConnectionState()
		 * @generated
		 */
		EClass CONNECTION_STATE = eINSTANCE.getConnectionState();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_STATE__STATUS = eINSTANCE.getConnectionState_Status();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_STATE__HOST = eINSTANCE.getConnectionState_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_STATE__PORT = eINSTANCE.getConnectionState_Port();

		/**
		 * The meta object literal for the '<em><b>Pbx Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_STATE__PBX_VERSION = eINSTANCE.getConnectionState_PbxVersion();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_STATE__MESSAGE = eINSTANCE.getConnectionState_Message();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_STATE__SINCE = eINSTANCE.getConnectionState_Since();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.OperatorImpl <em>Operator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.OperatorImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getOperator()
		 * @generated
		 */
		EClass OPERATOR = eINSTANCE.getOperator();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__ID = eINSTANCE.getOperator_Id();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__ACCOUNT = eINSTANCE.getOperator_Account();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__DISPLAY_NAME = eINSTANCE.getOperator_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__ROLE = eINSTANCE.getOperator_Role();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__EXTENSION = eINSTANCE.getOperator_Extension();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__PASSWORD_HASH = eINSTANCE.getOperator_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__ENABLED = eINSTANCE.getOperator_Enabled();

		/**
		 * The meta object literal for the '<em><b>Failed Logins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__FAILED_LOGINS = eINSTANCE.getOperator_FailedLogins();

		/**
		 * The meta object literal for the '<em><b>Locked Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__LOCKED_UNTIL = eINSTANCE.getOperator_LockedUntil();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__CREATED_AT = eINSTANCE.getOperator_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Last Login At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR__LAST_LOGIN_AT = eINSTANCE.getOperator_LastLoginAt();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.ServerProfileImpl <em>Server Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.ServerProfileImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getServerProfile()
		 * @generated
		 */
		EClass SERVER_PROFILE = eINSTANCE.getServerProfile();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__ID = eINSTANCE.getServerProfile_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__NAME = eINSTANCE.getServerProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Ami Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__AMI_HOST = eINSTANCE.getServerProfile_AmiHost();

		/**
		 * The meta object literal for the '<em><b>Ami Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__AMI_PORT = eINSTANCE.getServerProfile_AmiPort();

		/**
		 * The meta object literal for the '<em><b>Ami User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__AMI_USER = eINSTANCE.getServerProfile_AmiUser();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__CONTEXT = eINSTANCE.getServerProfile_Context();

		/**
		 * The meta object literal for the '<em><b>Operator Queue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__OPERATOR_QUEUE = eINSTANCE.getServerProfile_OperatorQueue();

		/**
		 * The meta object literal for the '<em><b>Database Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROFILE__DATABASE_URL = eINSTANCE.getServerProfile_DatabaseUrl();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.DepartmentImpl <em>Department</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.DepartmentImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getDepartment()
		 * @generated
		 */
		EClass DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__ID = eINSTANCE.getDepartment_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__NAME = eINSTANCE.getDepartment_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__KIND = eINSTANCE.getDepartment_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__OWNER = eINSTANCE.getDepartment_Owner();

		/**
		 * The meta object literal for the '<em><b>Parent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__PARENT_ID = eINSTANCE.getDepartment_ParentId();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.ContactImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ID = eINSTANCE.getContact_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__KIND = eINSTANCE.getContact_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__OWNER = eINSTANCE.getContact_Owner();

		/**
		 * The meta object literal for the '<em><b>Department Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__DEPARTMENT_ID = eINSTANCE.getContact_DepartmentId();

		/**
		 * The meta object literal for the '<em><b>Company</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__COMPANY = eINSTANCE.getContact_Company();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TITLE = eINSTANCE.getContact_Title();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NOTE = eINSTANCE.getContact_Note();

		/**
		 * The meta object literal for the '<em><b>Numbers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__NUMBERS = eINSTANCE.getContact_Numbers();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.ContactNumberImpl <em>Contact Number</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.ContactNumberImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getContactNumber()
		 * @generated
		 */
		EClass CONTACT_NUMBER = eINSTANCE.getContactNumber();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_NUMBER__KIND = eINSTANCE.getContactNumber_Kind();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_NUMBER__NUMBER = eINSTANCE.getContactNumber_Number();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.WakeUpTaskImpl <em>Wake Up Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.WakeUpTaskImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpTask()
		 * @generated
		 */
		EClass WAKE_UP_TASK = eINSTANCE.getWakeUpTask();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__ID = eINSTANCE.getWakeUpTask_Id();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__EXTENSION = eINSTANCE.getWakeUpTask_Extension();

		/**
		 * The meta object literal for the '<em><b>Time Of Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__TIME_OF_DAY = eINSTANCE.getWakeUpTask_TimeOfDay();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__DATE = eINSTANCE.getWakeUpTask_Date();

		/**
		 * The meta object literal for the '<em><b>Repeat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__REPEAT = eINSTANCE.getWakeUpTask_Repeat();

		/**
		 * The meta object literal for the '<em><b>Retries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__RETRIES = eINSTANCE.getWakeUpTask_Retries();

		/**
		 * The meta object literal for the '<em><b>Retry Interval Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__RETRY_INTERVAL_MINUTES = eINSTANCE.getWakeUpTask_RetryIntervalMinutes();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__ENABLED = eINSTANCE.getWakeUpTask_Enabled();

		/**
		 * The meta object literal for the '<em><b>Next Run</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__NEXT_RUN = eINSTANCE.getWakeUpTask_NextRun();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__CREATED_BY = eINSTANCE.getWakeUpTask_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__CREATED_AT = eINSTANCE.getWakeUpTask_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Weekdays</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__WEEKDAYS = eINSTANCE.getWakeUpTask_Weekdays();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_TASK__PROMPT = eINSTANCE.getWakeUpTask_Prompt();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.WakeUpAttemptImpl <em>Wake Up Attempt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.WakeUpAttemptImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpAttempt()
		 * @generated
		 */
		EClass WAKE_UP_ATTEMPT = eINSTANCE.getWakeUpAttempt();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__ID = eINSTANCE.getWakeUpAttempt_Id();

		/**
		 * The meta object literal for the '<em><b>Task Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__TASK_ID = eINSTANCE.getWakeUpAttempt_TaskId();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__EXTENSION = eINSTANCE.getWakeUpAttempt_Extension();

		/**
		 * The meta object literal for the '<em><b>Scheduled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__SCHEDULED_AT = eINSTANCE.getWakeUpAttempt_ScheduledAt();

		/**
		 * The meta object literal for the '<em><b>Attempted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__ATTEMPTED_AT = eINSTANCE.getWakeUpAttempt_AttemptedAt();

		/**
		 * The meta object literal for the '<em><b>Attempt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__ATTEMPT = eINSTANCE.getWakeUpAttempt_Attempt();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__OUTCOME = eINSTANCE.getWakeUpAttempt_Outcome();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__DETAIL = eINSTANCE.getWakeUpAttempt_Detail();

		/**
		 * The meta object literal for the '<em><b>Console</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKE_UP_ATTEMPT__CONSOLE = eINSTANCE.getWakeUpAttempt_Console();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.NightServiceSettingImpl <em>Night Service Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.NightServiceSettingImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getNightServiceSetting()
		 * @generated
		 */
		EClass NIGHT_SERVICE_SETTING = eINSTANCE.getNightServiceSetting();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__ID = eINSTANCE.getNightServiceSetting_Id();

		/**
		 * The meta object literal for the '<em><b>Queue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__QUEUE = eINSTANCE.getNightServiceSetting_Queue();

		/**
		 * The meta object literal for the '<em><b>Night Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__NIGHT_NUMBER = eINSTANCE.getNightServiceSetting_NightNumber();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__PROMPT = eINSTANCE.getNightServiceSetting_Prompt();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__ACTIVE = eINSTANCE.getNightServiceSetting_Active();

		/**
		 * The meta object literal for the '<em><b>Changed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__CHANGED_BY = eINSTANCE.getNightServiceSetting_ChangedBy();

		/**
		 * The meta object literal for the '<em><b>Changed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIGHT_SERVICE_SETTING__CHANGED_AT = eINSTANCE.getNightServiceSetting_ChangedAt();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.CallRecordImpl <em>Call Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.CallRecordImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCallRecord()
		 * @generated
		 */
		EClass CALL_RECORD = eINSTANCE.getCallRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__ID = eINSTANCE.getCallRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Unique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__UNIQUE_ID = eINSTANCE.getCallRecord_UniqueId();

		/**
		 * The meta object literal for the '<em><b>Linked Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__LINKED_ID = eINSTANCE.getCallRecord_LinkedId();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__STARTED_AT = eINSTANCE.getCallRecord_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Answered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__ANSWERED_AT = eINSTANCE.getCallRecord_AnsweredAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__ENDED_AT = eINSTANCE.getCallRecord_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Caller Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__CALLER_NUMBER = eINSTANCE.getCallRecord_CallerNumber();

		/**
		 * The meta object literal for the '<em><b>Caller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__CALLER_NAME = eINSTANCE.getCallRecord_CallerName();

		/**
		 * The meta object literal for the '<em><b>Callee Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__CALLEE_NUMBER = eINSTANCE.getCallRecord_CalleeNumber();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__DURATION_SECONDS = eINSTANCE.getCallRecord_DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Billable Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__BILLABLE_SECONDS = eINSTANCE.getCallRecord_BillableSeconds();

		/**
		 * The meta object literal for the '<em><b>Disposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__DISPOSITION = eINSTANCE.getCallRecord_Disposition();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__CHANNEL = eINSTANCE.getCallRecord_Channel();

		/**
		 * The meta object literal for the '<em><b>Destination Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_RECORD__DESTINATION_CHANNEL = eINSTANCE.getCallRecord_DestinationChannel();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.HandoverRecordImpl <em>Handover Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.HandoverRecordImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getHandoverRecord()
		 * @generated
		 */
		EClass HANDOVER_RECORD = eINSTANCE.getHandoverRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER_RECORD__ID = eINSTANCE.getHandoverRecord_Id();

		/**
		 * The meta object literal for the '<em><b>From Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER_RECORD__FROM_OPERATOR = eINSTANCE.getHandoverRecord_FromOperator();

		/**
		 * The meta object literal for the '<em><b>To Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER_RECORD__TO_OPERATOR = eINSTANCE.getHandoverRecord_ToOperator();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER_RECORD__AT = eINSTANCE.getHandoverRecord_At();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER_RECORD__EXTENSION = eINSTANCE.getHandoverRecord_Extension();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.impl.OperationLogEntryImpl <em>Operation Log Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.impl.OperationLogEntryImpl
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getOperationLogEntry()
		 * @generated
		 */
		EClass OPERATION_LOG_ENTRY = eINSTANCE.getOperationLogEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__ID = eINSTANCE.getOperationLogEntry_Id();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__AT = eINSTANCE.getOperationLogEntry_At();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__OPERATOR = eINSTANCE.getOperationLogEntry_Operator();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__ACTION = eINSTANCE.getOperationLogEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__TARGET = eINSTANCE.getOperationLogEntry_Target();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__OUTCOME = eINSTANCE.getOperationLogEntry_Outcome();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_LOG_ENTRY__DETAIL = eINSTANCE.getOperationLogEntry_Detail();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.DeviceState <em>Device State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.DeviceState
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getDeviceState()
		 * @generated
		 */
		EEnum DEVICE_STATE = eINSTANCE.getDeviceState();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.DialPermission <em>Dial Permission</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.DialPermission
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getDialPermission()
		 * @generated
		 */
		EEnum DIAL_PERMISSION = eINSTANCE.getDialPermission();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.ChannelState <em>Channel State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.ChannelState
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getChannelState()
		 * @generated
		 */
		EEnum CHANNEL_STATE = eINSTANCE.getChannelState();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.CallState <em>Call State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.CallState
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCallState()
		 * @generated
		 */
		EEnum CALL_STATE = eINSTANCE.getCallState();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.ConnectionStatus <em>Connection Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.ConnectionStatus
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getConnectionStatus()
		 * @generated
		 */
		EEnum CONNECTION_STATUS = eINSTANCE.getConnectionStatus();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.Role
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.PhonebookKind <em>Phonebook Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.PhonebookKind
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getPhonebookKind()
		 * @generated
		 */
		EEnum PHONEBOOK_KIND = eINSTANCE.getPhonebookKind();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.NumberKind <em>Number Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.NumberKind
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getNumberKind()
		 * @generated
		 */
		EEnum NUMBER_KIND = eINSTANCE.getNumberKind();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.WakeUpRepeat <em>Wake Up Repeat</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.WakeUpRepeat
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpRepeat()
		 * @generated
		 */
		EEnum WAKE_UP_REPEAT = eINSTANCE.getWakeUpRepeat();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.WakeUpOutcome <em>Wake Up Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.WakeUpOutcome
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getWakeUpOutcome()
		 * @generated
		 */
		EEnum WAKE_UP_OUTCOME = eINSTANCE.getWakeUpOutcome();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.Outcome <em>Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.Outcome
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getOutcome()
		 * @generated
		 */
		EEnum OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '{@link org.switchboard.model.CallDisposition <em>Call Disposition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.switchboard.model.CallDisposition
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getCallDisposition()
		 * @generated
		 */
		EEnum CALL_DISPOSITION = eINSTANCE.getCallDisposition();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.switchboard.model.impl.SwitchboardPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //SwitchboardPackage
