/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.switchboard.model.Call;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.CallState;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.ConnectionState;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.HandoverRecord;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.model.NumberKind;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Operator;
import org.switchboard.model.Outcome;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.Role;
import org.switchboard.model.ServerProfile;
import org.switchboard.model.Site;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.SwitchboardPackage;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SwitchboardPackageImpl extends EPackageImpl implements SwitchboardPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass queueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass queueEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serverProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactNumberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wakeUpTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wakeUpAttemptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nightServiceSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass handoverRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operationLogEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dialPermissionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum callStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phonebookKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum numberKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wakeUpRepeatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wakeUpOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum callDispositionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.switchboard.model.SwitchboardPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SwitchboardPackageImpl() {
		super(eNS_URI, SwitchboardFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SwitchboardPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SwitchboardPackage init() {
		if (isInited) return (SwitchboardPackage)EPackage.Registry.INSTANCE.getEPackage(SwitchboardPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSwitchboardPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SwitchboardPackageImpl theSwitchboardPackage = registeredSwitchboardPackage instanceof SwitchboardPackageImpl ? (SwitchboardPackageImpl)registeredSwitchboardPackage : new SwitchboardPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSwitchboardPackage.createPackageContents();

		// Initialize created meta-data
		theSwitchboardPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSwitchboardPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SwitchboardPackage.eNS_URI, theSwitchboardPackage);
		return theSwitchboardPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Extensions() {
		return (EReference)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Channels() {
		return (EReference)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Calls() {
		return (EReference)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Queues() {
		return (EReference)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Connection() {
		return (EReference)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtension() {
		return extensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Number() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Name() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Department() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Device() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_DeviceState() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_StateSince() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Dnd() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_DialPermission() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Registered() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtension_Contact() {
		return (EAttribute)extensionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtension_Channels() {
		return (EReference)extensionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_UniqueId() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_LinkedId() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Name() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_State() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_CallerNumber() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_CallerName() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_ConnectedNumber() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_ConnectedName() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Context() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Exten() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Application() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_BridgeId() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_OnHold() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_CreatedAt() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Extension() {
		return (EReference)channelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Call() {
		return (EReference)channelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Spying() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Barging() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCall() {
		return callEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_Id() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_CallerNumber() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_CallerName() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_CalleeNumber() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_CalleeName() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_State() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_StartedAt() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_AnsweredAt() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_BridgeId() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_Held() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_Monitored() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCall_Barged() {
		return (EAttribute)callEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCall_Channels() {
		return (EReference)callEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQueue() {
		return queueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueue_Number() {
		return (EAttribute)queueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueue_Strategy() {
		return (EAttribute)queueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueue_Members() {
		return (EAttribute)queueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueue_PausedMembers() {
		return (EAttribute)queueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueue_NightNumber() {
		return (EAttribute)queueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueue_NightPrompt() {
		return (EAttribute)queueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQueue_Entries() {
		return (EReference)queueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQueueEntry() {
		return queueEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueueEntry_UniqueId() {
		return (EAttribute)queueEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueueEntry_Channel() {
		return (EAttribute)queueEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueueEntry_CallerNumber() {
		return (EAttribute)queueEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueueEntry_CallerName() {
		return (EAttribute)queueEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueueEntry_Position() {
		return (EAttribute)queueEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueueEntry_JoinedAt() {
		return (EAttribute)queueEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectionState() {
		return connectionStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionState_Status() {
		return (EAttribute)connectionStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionState_Host() {
		return (EAttribute)connectionStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionState_Port() {
		return (EAttribute)connectionStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionState_PbxVersion() {
		return (EAttribute)connectionStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionState_Message() {
		return (EAttribute)connectionStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionState_Since() {
		return (EAttribute)connectionStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperator() {
		return operatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_Id() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_Account() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_DisplayName() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_Role() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_Extension() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_PasswordHash() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_Enabled() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_FailedLogins() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_LockedUntil() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_CreatedAt() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperator_LastLoginAt() {
		return (EAttribute)operatorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServerProfile() {
		return serverProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_Id() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_Name() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_AmiHost() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_AmiPort() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_AmiUser() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_Context() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_OperatorQueue() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProfile_DatabaseUrl() {
		return (EAttribute)serverProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartment() {
		return departmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Id() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Name() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Kind() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Owner() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_ParentId() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Id() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Kind() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Owner() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_DepartmentId() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Company() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Title() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Note() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Numbers() {
		return (EReference)contactEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactNumber() {
		return contactNumberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactNumber_Kind() {
		return (EAttribute)contactNumberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactNumber_Number() {
		return (EAttribute)contactNumberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWakeUpTask() {
		return wakeUpTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Id() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Extension() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_TimeOfDay() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Date() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Repeat() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Retries() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_RetryIntervalMinutes() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Enabled() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_NextRun() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_CreatedBy() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_CreatedAt() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Weekdays() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpTask_Prompt() {
		return (EAttribute)wakeUpTaskEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWakeUpAttempt() {
		return wakeUpAttemptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_Id() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_TaskId() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_Extension() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_ScheduledAt() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_AttemptedAt() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_Attempt() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_Outcome() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_Detail() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeUpAttempt_Console() {
		return (EAttribute)wakeUpAttemptEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNightServiceSetting() {
		return nightServiceSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_Id() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_Queue() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_NightNumber() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_Prompt() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_Active() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_ChangedBy() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNightServiceSetting_ChangedAt() {
		return (EAttribute)nightServiceSettingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallRecord() {
		return callRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_Id() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_UniqueId() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_LinkedId() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_StartedAt() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_AnsweredAt() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_EndedAt() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_CallerNumber() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_CallerName() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_CalleeNumber() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_DurationSeconds() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_BillableSeconds() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_Disposition() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_Channel() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallRecord_DestinationChannel() {
		return (EAttribute)callRecordEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHandoverRecord() {
		return handoverRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandoverRecord_Id() {
		return (EAttribute)handoverRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandoverRecord_FromOperator() {
		return (EAttribute)handoverRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandoverRecord_ToOperator() {
		return (EAttribute)handoverRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandoverRecord_At() {
		return (EAttribute)handoverRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandoverRecord_Extension() {
		return (EAttribute)handoverRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperationLogEntry() {
		return operationLogEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_Id() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_At() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_Operator() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_Action() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_Target() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_Outcome() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationLogEntry_Detail() {
		return (EAttribute)operationLogEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceState() {
		return deviceStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDialPermission() {
		return dialPermissionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelState() {
		return channelStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCallState() {
		return callStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionStatus() {
		return connectionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhonebookKind() {
		return phonebookKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNumberKind() {
		return numberKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWakeUpRepeat() {
		return wakeUpRepeatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWakeUpOutcome() {
		return wakeUpOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutcome() {
		return outcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCallDisposition() {
		return callDispositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchboardFactory getSwitchboardFactory() {
		return (SwitchboardFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		siteEClass = createEClass(SITE);
		createEReference(siteEClass, SITE__EXTENSIONS);
		createEReference(siteEClass, SITE__CHANNELS);
		createEReference(siteEClass, SITE__CALLS);
		createEReference(siteEClass, SITE__QUEUES);
		createEReference(siteEClass, SITE__CONNECTION);

		extensionEClass = createEClass(EXTENSION);
		createEAttribute(extensionEClass, EXTENSION__NUMBER);
		createEAttribute(extensionEClass, EXTENSION__NAME);
		createEAttribute(extensionEClass, EXTENSION__DEPARTMENT);
		createEAttribute(extensionEClass, EXTENSION__DEVICE);
		createEAttribute(extensionEClass, EXTENSION__DEVICE_STATE);
		createEAttribute(extensionEClass, EXTENSION__STATE_SINCE);
		createEAttribute(extensionEClass, EXTENSION__DND);
		createEAttribute(extensionEClass, EXTENSION__DIAL_PERMISSION);
		createEAttribute(extensionEClass, EXTENSION__REGISTERED);
		createEAttribute(extensionEClass, EXTENSION__CONTACT);
		createEReference(extensionEClass, EXTENSION__CHANNELS);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__UNIQUE_ID);
		createEAttribute(channelEClass, CHANNEL__LINKED_ID);
		createEAttribute(channelEClass, CHANNEL__NAME);
		createEAttribute(channelEClass, CHANNEL__STATE);
		createEAttribute(channelEClass, CHANNEL__CALLER_NUMBER);
		createEAttribute(channelEClass, CHANNEL__CALLER_NAME);
		createEAttribute(channelEClass, CHANNEL__CONNECTED_NUMBER);
		createEAttribute(channelEClass, CHANNEL__CONNECTED_NAME);
		createEAttribute(channelEClass, CHANNEL__CONTEXT);
		createEAttribute(channelEClass, CHANNEL__EXTEN);
		createEAttribute(channelEClass, CHANNEL__APPLICATION);
		createEAttribute(channelEClass, CHANNEL__BRIDGE_ID);
		createEAttribute(channelEClass, CHANNEL__ON_HOLD);
		createEAttribute(channelEClass, CHANNEL__CREATED_AT);
		createEReference(channelEClass, CHANNEL__EXTENSION);
		createEReference(channelEClass, CHANNEL__CALL);
		createEAttribute(channelEClass, CHANNEL__SPYING);
		createEAttribute(channelEClass, CHANNEL__BARGING);

		callEClass = createEClass(CALL);
		createEAttribute(callEClass, CALL__ID);
		createEAttribute(callEClass, CALL__CALLER_NUMBER);
		createEAttribute(callEClass, CALL__CALLER_NAME);
		createEAttribute(callEClass, CALL__CALLEE_NUMBER);
		createEAttribute(callEClass, CALL__CALLEE_NAME);
		createEAttribute(callEClass, CALL__STATE);
		createEAttribute(callEClass, CALL__STARTED_AT);
		createEAttribute(callEClass, CALL__ANSWERED_AT);
		createEAttribute(callEClass, CALL__BRIDGE_ID);
		createEAttribute(callEClass, CALL__HELD);
		createEAttribute(callEClass, CALL__MONITORED);
		createEAttribute(callEClass, CALL__BARGED);
		createEReference(callEClass, CALL__CHANNELS);

		queueEClass = createEClass(QUEUE);
		createEAttribute(queueEClass, QUEUE__NUMBER);
		createEAttribute(queueEClass, QUEUE__STRATEGY);
		createEAttribute(queueEClass, QUEUE__MEMBERS);
		createEAttribute(queueEClass, QUEUE__PAUSED_MEMBERS);
		createEAttribute(queueEClass, QUEUE__NIGHT_NUMBER);
		createEAttribute(queueEClass, QUEUE__NIGHT_PROMPT);
		createEReference(queueEClass, QUEUE__ENTRIES);

		queueEntryEClass = createEClass(QUEUE_ENTRY);
		createEAttribute(queueEntryEClass, QUEUE_ENTRY__UNIQUE_ID);
		createEAttribute(queueEntryEClass, QUEUE_ENTRY__CHANNEL);
		createEAttribute(queueEntryEClass, QUEUE_ENTRY__CALLER_NUMBER);
		createEAttribute(queueEntryEClass, QUEUE_ENTRY__CALLER_NAME);
		createEAttribute(queueEntryEClass, QUEUE_ENTRY__POSITION);
		createEAttribute(queueEntryEClass, QUEUE_ENTRY__JOINED_AT);

		connectionStateEClass = createEClass(CONNECTION_STATE);
		createEAttribute(connectionStateEClass, CONNECTION_STATE__STATUS);
		createEAttribute(connectionStateEClass, CONNECTION_STATE__HOST);
		createEAttribute(connectionStateEClass, CONNECTION_STATE__PORT);
		createEAttribute(connectionStateEClass, CONNECTION_STATE__PBX_VERSION);
		createEAttribute(connectionStateEClass, CONNECTION_STATE__MESSAGE);
		createEAttribute(connectionStateEClass, CONNECTION_STATE__SINCE);

		operatorEClass = createEClass(OPERATOR);
		createEAttribute(operatorEClass, OPERATOR__ID);
		createEAttribute(operatorEClass, OPERATOR__ACCOUNT);
		createEAttribute(operatorEClass, OPERATOR__DISPLAY_NAME);
		createEAttribute(operatorEClass, OPERATOR__ROLE);
		createEAttribute(operatorEClass, OPERATOR__EXTENSION);
		createEAttribute(operatorEClass, OPERATOR__PASSWORD_HASH);
		createEAttribute(operatorEClass, OPERATOR__ENABLED);
		createEAttribute(operatorEClass, OPERATOR__FAILED_LOGINS);
		createEAttribute(operatorEClass, OPERATOR__LOCKED_UNTIL);
		createEAttribute(operatorEClass, OPERATOR__CREATED_AT);
		createEAttribute(operatorEClass, OPERATOR__LAST_LOGIN_AT);

		serverProfileEClass = createEClass(SERVER_PROFILE);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__ID);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__NAME);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__AMI_HOST);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__AMI_PORT);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__AMI_USER);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__CONTEXT);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__OPERATOR_QUEUE);
		createEAttribute(serverProfileEClass, SERVER_PROFILE__DATABASE_URL);

		departmentEClass = createEClass(DEPARTMENT);
		createEAttribute(departmentEClass, DEPARTMENT__ID);
		createEAttribute(departmentEClass, DEPARTMENT__NAME);
		createEAttribute(departmentEClass, DEPARTMENT__KIND);
		createEAttribute(departmentEClass, DEPARTMENT__OWNER);
		createEAttribute(departmentEClass, DEPARTMENT__PARENT_ID);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__ID);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__KIND);
		createEAttribute(contactEClass, CONTACT__OWNER);
		createEAttribute(contactEClass, CONTACT__DEPARTMENT_ID);
		createEAttribute(contactEClass, CONTACT__COMPANY);
		createEAttribute(contactEClass, CONTACT__TITLE);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__NOTE);
		createEReference(contactEClass, CONTACT__NUMBERS);

		contactNumberEClass = createEClass(CONTACT_NUMBER);
		createEAttribute(contactNumberEClass, CONTACT_NUMBER__KIND);
		createEAttribute(contactNumberEClass, CONTACT_NUMBER__NUMBER);

		wakeUpTaskEClass = createEClass(WAKE_UP_TASK);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__ID);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__EXTENSION);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__TIME_OF_DAY);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__DATE);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__REPEAT);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__RETRIES);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__RETRY_INTERVAL_MINUTES);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__ENABLED);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__NEXT_RUN);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__CREATED_BY);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__CREATED_AT);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__WEEKDAYS);
		createEAttribute(wakeUpTaskEClass, WAKE_UP_TASK__PROMPT);

		wakeUpAttemptEClass = createEClass(WAKE_UP_ATTEMPT);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__ID);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__TASK_ID);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__EXTENSION);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__SCHEDULED_AT);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__ATTEMPTED_AT);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__ATTEMPT);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__OUTCOME);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__DETAIL);
		createEAttribute(wakeUpAttemptEClass, WAKE_UP_ATTEMPT__CONSOLE);

		nightServiceSettingEClass = createEClass(NIGHT_SERVICE_SETTING);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__ID);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__QUEUE);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__NIGHT_NUMBER);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__PROMPT);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__ACTIVE);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__CHANGED_BY);
		createEAttribute(nightServiceSettingEClass, NIGHT_SERVICE_SETTING__CHANGED_AT);

		callRecordEClass = createEClass(CALL_RECORD);
		createEAttribute(callRecordEClass, CALL_RECORD__ID);
		createEAttribute(callRecordEClass, CALL_RECORD__UNIQUE_ID);
		createEAttribute(callRecordEClass, CALL_RECORD__LINKED_ID);
		createEAttribute(callRecordEClass, CALL_RECORD__STARTED_AT);
		createEAttribute(callRecordEClass, CALL_RECORD__ANSWERED_AT);
		createEAttribute(callRecordEClass, CALL_RECORD__ENDED_AT);
		createEAttribute(callRecordEClass, CALL_RECORD__CALLER_NUMBER);
		createEAttribute(callRecordEClass, CALL_RECORD__CALLER_NAME);
		createEAttribute(callRecordEClass, CALL_RECORD__CALLEE_NUMBER);
		createEAttribute(callRecordEClass, CALL_RECORD__DURATION_SECONDS);
		createEAttribute(callRecordEClass, CALL_RECORD__BILLABLE_SECONDS);
		createEAttribute(callRecordEClass, CALL_RECORD__DISPOSITION);
		createEAttribute(callRecordEClass, CALL_RECORD__CHANNEL);
		createEAttribute(callRecordEClass, CALL_RECORD__DESTINATION_CHANNEL);

		handoverRecordEClass = createEClass(HANDOVER_RECORD);
		createEAttribute(handoverRecordEClass, HANDOVER_RECORD__ID);
		createEAttribute(handoverRecordEClass, HANDOVER_RECORD__FROM_OPERATOR);
		createEAttribute(handoverRecordEClass, HANDOVER_RECORD__TO_OPERATOR);
		createEAttribute(handoverRecordEClass, HANDOVER_RECORD__AT);
		createEAttribute(handoverRecordEClass, HANDOVER_RECORD__EXTENSION);

		operationLogEntryEClass = createEClass(OPERATION_LOG_ENTRY);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__ID);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__AT);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__OPERATOR);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__ACTION);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__TARGET);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__OUTCOME);
		createEAttribute(operationLogEntryEClass, OPERATION_LOG_ENTRY__DETAIL);

		// Create enums
		deviceStateEEnum = createEEnum(DEVICE_STATE);
		dialPermissionEEnum = createEEnum(DIAL_PERMISSION);
		channelStateEEnum = createEEnum(CHANNEL_STATE);
		callStateEEnum = createEEnum(CALL_STATE);
		connectionStatusEEnum = createEEnum(CONNECTION_STATUS);
		roleEEnum = createEEnum(ROLE);
		phonebookKindEEnum = createEEnum(PHONEBOOK_KIND);
		numberKindEEnum = createEEnum(NUMBER_KIND);
		wakeUpRepeatEEnum = createEEnum(WAKE_UP_REPEAT);
		wakeUpOutcomeEEnum = createEEnum(WAKE_UP_OUTCOME);
		outcomeEEnum = createEEnum(OUTCOME);
		callDispositionEEnum = createEEnum(CALL_DISPOSITION);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSite_Extensions(), this.getExtension(), null, "extensions", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Channels(), this.getChannel(), null, "channels", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Calls(), this.getCall(), null, "calls", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Queues(), this.getQueue(), null, "queues", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Connection(), this.getConnectionState(), null, "connection", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extensionEClass, Extension.class, "Extension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExtension_Number(), ecorePackage.getEString(), "number", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_Name(), ecorePackage.getEString(), "name", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_Department(), ecorePackage.getEString(), "department", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_Device(), ecorePackage.getEString(), "device", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_DeviceState(), this.getDeviceState(), "deviceState", "UNKNOWN", 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_StateSince(), this.getInstant(), "stateSince", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_Dnd(), ecorePackage.getEBoolean(), "dnd", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_DialPermission(), this.getDialPermission(), "dialPermission", "INTERNATIONAL", 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_Registered(), ecorePackage.getEBoolean(), "registered", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtension_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtension_Channels(), this.getChannel(), this.getChannel_Extension(), "channels", null, 0, -1, Extension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannel_UniqueId(), ecorePackage.getEString(), "uniqueId", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_LinkedId(), ecorePackage.getEString(), "linkedId", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Name(), ecorePackage.getEString(), "name", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_State(), this.getChannelState(), "state", "DOWN", 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_CallerNumber(), ecorePackage.getEString(), "callerNumber", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_CallerName(), ecorePackage.getEString(), "callerName", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_ConnectedNumber(), ecorePackage.getEString(), "connectedNumber", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_ConnectedName(), ecorePackage.getEString(), "connectedName", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Context(), ecorePackage.getEString(), "context", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Exten(), ecorePackage.getEString(), "exten", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Application(), ecorePackage.getEString(), "application", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_BridgeId(), ecorePackage.getEString(), "bridgeId", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_OnHold(), ecorePackage.getEBoolean(), "onHold", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Extension(), this.getExtension(), this.getExtension_Channels(), "extension", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Call(), this.getCall(), this.getCall_Channels(), "call", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Spying(), ecorePackage.getEString(), "spying", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Barging(), ecorePackage.getEBoolean(), "barging", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callEClass, Call.class, "Call", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCall_Id(), ecorePackage.getEString(), "id", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_CallerNumber(), ecorePackage.getEString(), "callerNumber", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_CallerName(), ecorePackage.getEString(), "callerName", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_CalleeNumber(), ecorePackage.getEString(), "calleeNumber", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_CalleeName(), ecorePackage.getEString(), "calleeName", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_State(), this.getCallState(), "state", "DIALING", 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_AnsweredAt(), this.getInstant(), "answeredAt", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_BridgeId(), ecorePackage.getEString(), "bridgeId", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_Held(), ecorePackage.getEBoolean(), "held", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_Monitored(), ecorePackage.getEBoolean(), "monitored", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCall_Barged(), ecorePackage.getEBoolean(), "barged", null, 0, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCall_Channels(), this.getChannel(), this.getChannel_Call(), "channels", null, 0, -1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(queueEClass, Queue.class, "Queue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQueue_Number(), ecorePackage.getEString(), "number", null, 0, 1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueue_Strategy(), ecorePackage.getEString(), "strategy", null, 0, 1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueue_Members(), ecorePackage.getEString(), "members", null, 0, -1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueue_PausedMembers(), ecorePackage.getEString(), "pausedMembers", null, 0, -1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueue_NightNumber(), ecorePackage.getEString(), "nightNumber", null, 0, 1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueue_NightPrompt(), ecorePackage.getEString(), "nightPrompt", null, 0, 1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQueue_Entries(), this.getQueueEntry(), null, "entries", null, 0, -1, Queue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(queueEntryEClass, QueueEntry.class, "QueueEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQueueEntry_UniqueId(), ecorePackage.getEString(), "uniqueId", null, 0, 1, QueueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueueEntry_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, QueueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueueEntry_CallerNumber(), ecorePackage.getEString(), "callerNumber", null, 0, 1, QueueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueueEntry_CallerName(), ecorePackage.getEString(), "callerName", null, 0, 1, QueueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueueEntry_Position(), ecorePackage.getEInt(), "position", null, 0, 1, QueueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueueEntry_JoinedAt(), this.getInstant(), "joinedAt", null, 0, 1, QueueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionStateEClass, ConnectionState.class, "ConnectionState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnectionState_Status(), this.getConnectionStatus(), "status", "DISCONNECTED", 0, 1, ConnectionState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionState_Host(), ecorePackage.getEString(), "host", null, 0, 1, ConnectionState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionState_Port(), ecorePackage.getEInt(), "port", null, 0, 1, ConnectionState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionState_PbxVersion(), ecorePackage.getEString(), "pbxVersion", null, 0, 1, ConnectionState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionState_Message(), ecorePackage.getEString(), "message", null, 0, 1, ConnectionState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionState_Since(), this.getInstant(), "since", null, 0, 1, ConnectionState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operatorEClass, Operator.class, "Operator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOperator_Id(), ecorePackage.getELong(), "id", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_Account(), ecorePackage.getEString(), "account", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_Role(), this.getRole(), "role", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_Extension(), ecorePackage.getEString(), "extension", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_PasswordHash(), ecorePackage.getEString(), "passwordHash", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_FailedLogins(), ecorePackage.getEInt(), "failedLogins", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_LockedUntil(), this.getInstant(), "lockedUntil", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperator_LastLoginAt(), this.getInstant(), "lastLoginAt", null, 0, 1, Operator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serverProfileEClass, ServerProfile.class, "ServerProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServerProfile_Id(), ecorePackage.getELong(), "id", null, 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_Name(), ecorePackage.getEString(), "name", null, 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_AmiHost(), ecorePackage.getEString(), "amiHost", null, 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_AmiPort(), ecorePackage.getEInt(), "amiPort", "5038", 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_AmiUser(), ecorePackage.getEString(), "amiUser", null, 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_Context(), ecorePackage.getEString(), "context", "internal", 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_OperatorQueue(), ecorePackage.getEString(), "operatorQueue", "8000", 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProfile_DatabaseUrl(), ecorePackage.getEString(), "databaseUrl", null, 0, 1, ServerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departmentEClass, Department.class, "Department", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDepartment_Id(), ecorePackage.getELong(), "id", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartment_Kind(), this.getPhonebookKind(), "kind", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartment_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartment_ParentId(), ecorePackage.getELong(), "parentId", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Id(), ecorePackage.getELong(), "id", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Kind(), this.getPhonebookKind(), "kind", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_DepartmentId(), ecorePackage.getELong(), "departmentId", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Company(), ecorePackage.getEString(), "company", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Title(), ecorePackage.getEString(), "title", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Note(), ecorePackage.getEString(), "note", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Numbers(), this.getContactNumber(), null, "numbers", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactNumberEClass, ContactNumber.class, "ContactNumber", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactNumber_Kind(), this.getNumberKind(), "kind", null, 0, 1, ContactNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactNumber_Number(), ecorePackage.getEString(), "number", null, 0, 1, ContactNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wakeUpTaskEClass, WakeUpTask.class, "WakeUpTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWakeUpTask_Id(), ecorePackage.getELong(), "id", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Extension(), ecorePackage.getEString(), "extension", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_TimeOfDay(), ecorePackage.getEString(), "timeOfDay", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Date(), ecorePackage.getEString(), "date", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Repeat(), this.getWakeUpRepeat(), "repeat", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Retries(), ecorePackage.getEInt(), "retries", "2", 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_RetryIntervalMinutes(), ecorePackage.getEInt(), "retryIntervalMinutes", "5", 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_NextRun(), this.getInstant(), "nextRun", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_CreatedBy(), ecorePackage.getEString(), "createdBy", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Weekdays(), ecorePackage.getEString(), "weekdays", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpTask_Prompt(), ecorePackage.getEString(), "prompt", null, 0, 1, WakeUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wakeUpAttemptEClass, WakeUpAttempt.class, "WakeUpAttempt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWakeUpAttempt_Id(), ecorePackage.getELong(), "id", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_TaskId(), ecorePackage.getELong(), "taskId", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_Extension(), ecorePackage.getEString(), "extension", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_ScheduledAt(), this.getInstant(), "scheduledAt", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_AttemptedAt(), this.getInstant(), "attemptedAt", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_Attempt(), ecorePackage.getEInt(), "attempt", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_Outcome(), this.getWakeUpOutcome(), "outcome", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeUpAttempt_Console(), ecorePackage.getEString(), "console", null, 0, 1, WakeUpAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nightServiceSettingEClass, NightServiceSetting.class, "NightServiceSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNightServiceSetting_Id(), ecorePackage.getELong(), "id", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNightServiceSetting_Queue(), ecorePackage.getEString(), "queue", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNightServiceSetting_NightNumber(), ecorePackage.getEString(), "nightNumber", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNightServiceSetting_Prompt(), ecorePackage.getEString(), "prompt", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNightServiceSetting_Active(), ecorePackage.getEBoolean(), "active", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNightServiceSetting_ChangedBy(), ecorePackage.getEString(), "changedBy", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNightServiceSetting_ChangedAt(), this.getInstant(), "changedAt", null, 0, 1, NightServiceSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callRecordEClass, CallRecord.class, "CallRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCallRecord_Id(), ecorePackage.getELong(), "id", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_UniqueId(), ecorePackage.getEString(), "uniqueId", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_LinkedId(), ecorePackage.getEString(), "linkedId", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_AnsweredAt(), this.getInstant(), "answeredAt", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_EndedAt(), this.getInstant(), "endedAt", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_CallerNumber(), ecorePackage.getEString(), "callerNumber", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_CallerName(), ecorePackage.getEString(), "callerName", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_CalleeNumber(), ecorePackage.getEString(), "calleeNumber", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_DurationSeconds(), ecorePackage.getEInt(), "durationSeconds", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_BillableSeconds(), ecorePackage.getEInt(), "billableSeconds", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_Disposition(), this.getCallDisposition(), "disposition", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallRecord_DestinationChannel(), ecorePackage.getEString(), "destinationChannel", null, 0, 1, CallRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(handoverRecordEClass, HandoverRecord.class, "HandoverRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHandoverRecord_Id(), ecorePackage.getELong(), "id", null, 0, 1, HandoverRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandoverRecord_FromOperator(), ecorePackage.getEString(), "fromOperator", null, 0, 1, HandoverRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandoverRecord_ToOperator(), ecorePackage.getEString(), "toOperator", null, 0, 1, HandoverRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandoverRecord_At(), this.getInstant(), "at", null, 0, 1, HandoverRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandoverRecord_Extension(), ecorePackage.getEString(), "extension", null, 0, 1, HandoverRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operationLogEntryEClass, OperationLogEntry.class, "OperationLogEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOperationLogEntry_Id(), ecorePackage.getELong(), "id", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationLogEntry_At(), this.getInstant(), "at", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationLogEntry_Operator(), ecorePackage.getEString(), "operator", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationLogEntry_Action(), ecorePackage.getEString(), "action", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationLogEntry_Target(), ecorePackage.getEString(), "target", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationLogEntry_Outcome(), this.getOutcome(), "outcome", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationLogEntry_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, OperationLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(deviceStateEEnum, DeviceState.class, "DeviceState");
		addEEnumLiteral(deviceStateEEnum, DeviceState.UNKNOWN);
		addEEnumLiteral(deviceStateEEnum, DeviceState.IDLE);
		addEEnumLiteral(deviceStateEEnum, DeviceState.RINGING);
		addEEnumLiteral(deviceStateEEnum, DeviceState.IN_USE);
		addEEnumLiteral(deviceStateEEnum, DeviceState.BUSY);
		addEEnumLiteral(deviceStateEEnum, DeviceState.ON_HOLD);
		addEEnumLiteral(deviceStateEEnum, DeviceState.UNAVAILABLE);

		initEEnum(dialPermissionEEnum, DialPermission.class, "DialPermission");
		addEEnumLiteral(dialPermissionEEnum, DialPermission.INTERNAL);
		addEEnumLiteral(dialPermissionEEnum, DialPermission.LOCAL);
		addEEnumLiteral(dialPermissionEEnum, DialPermission.NATIONAL);
		addEEnumLiteral(dialPermissionEEnum, DialPermission.INTERNATIONAL);

		initEEnum(channelStateEEnum, ChannelState.class, "ChannelState");
		addEEnumLiteral(channelStateEEnum, ChannelState.DOWN);
		addEEnumLiteral(channelStateEEnum, ChannelState.RESERVED);
		addEEnumLiteral(channelStateEEnum, ChannelState.OFF_HOOK);
		addEEnumLiteral(channelStateEEnum, ChannelState.DIALING);
		addEEnumLiteral(channelStateEEnum, ChannelState.RING);
		addEEnumLiteral(channelStateEEnum, ChannelState.RINGING);
		addEEnumLiteral(channelStateEEnum, ChannelState.UP);
		addEEnumLiteral(channelStateEEnum, ChannelState.BUSY);
		addEEnumLiteral(channelStateEEnum, ChannelState.DIALING_OFFHOOK);
		addEEnumLiteral(channelStateEEnum, ChannelState.PRERING);
		addEEnumLiteral(channelStateEEnum, ChannelState.UNKNOWN);

		initEEnum(callStateEEnum, CallState.class, "CallState");
		addEEnumLiteral(callStateEEnum, CallState.DIALING);
		addEEnumLiteral(callStateEEnum, CallState.RINGING);
		addEEnumLiteral(callStateEEnum, CallState.CONNECTED);
		addEEnumLiteral(callStateEEnum, CallState.ON_HOLD);
		addEEnumLiteral(callStateEEnum, CallState.ENDED);

		initEEnum(connectionStatusEEnum, ConnectionStatus.class, "ConnectionStatus");
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.DISCONNECTED);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.CONNECTING);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.SYNCHRONIZING);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.CONNECTED);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.RECONNECTING);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.FAILED);

		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.OPERATOR);
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);

		initEEnum(phonebookKindEEnum, PhonebookKind.class, "PhonebookKind");
		addEEnumLiteral(phonebookKindEEnum, PhonebookKind.ENTERPRISE);
		addEEnumLiteral(phonebookKindEEnum, PhonebookKind.PERSONAL);

		initEEnum(numberKindEEnum, NumberKind.class, "NumberKind");
		addEEnumLiteral(numberKindEEnum, NumberKind.OFFICE);
		addEEnumLiteral(numberKindEEnum, NumberKind.MOBILE);
		addEEnumLiteral(numberKindEEnum, NumberKind.HOME);
		addEEnumLiteral(numberKindEEnum, NumberKind.FAX);
		addEEnumLiteral(numberKindEEnum, NumberKind.OTHER);
		addEEnumLiteral(numberKindEEnum, NumberKind.EXTENSION);

		initEEnum(wakeUpRepeatEEnum, WakeUpRepeat.class, "WakeUpRepeat");
		addEEnumLiteral(wakeUpRepeatEEnum, WakeUpRepeat.ONCE);
		addEEnumLiteral(wakeUpRepeatEEnum, WakeUpRepeat.DAILY);
		addEEnumLiteral(wakeUpRepeatEEnum, WakeUpRepeat.WEEKDAYS);

		initEEnum(wakeUpOutcomeEEnum, WakeUpOutcome.class, "WakeUpOutcome");
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.PENDING);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.ANSWERED);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.NO_ANSWER);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.BUSY);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.FAILED);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.CONGESTION);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.CANCELLED);
		addEEnumLiteral(wakeUpOutcomeEEnum, WakeUpOutcome.MISSED);

		initEEnum(outcomeEEnum, Outcome.class, "Outcome");
		addEEnumLiteral(outcomeEEnum, Outcome.SUCCESS);
		addEEnumLiteral(outcomeEEnum, Outcome.FAILURE);
		addEEnumLiteral(outcomeEEnum, Outcome.IN_PROGRESS);

		initEEnum(callDispositionEEnum, CallDisposition.class, "CallDisposition");
		addEEnumLiteral(callDispositionEEnum, CallDisposition.ANSWERED);
		addEEnumLiteral(callDispositionEEnum, CallDisposition.NO_ANSWER);
		addEEnumLiteral(callDispositionEEnum, CallDisposition.BUSY);
		addEEnumLiteral(callDispositionEEnum, CallDisposition.FAILED);
		addEEnumLiteral(callDispositionEEnum, CallDisposition.CONGESTION);
		addEEnumLiteral(callDispositionEEnum, CallDisposition.UNKNOWN);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //SwitchboardPackageImpl
