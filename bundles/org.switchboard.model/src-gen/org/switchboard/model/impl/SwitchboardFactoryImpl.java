/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.switchboard.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SwitchboardFactoryImpl extends EFactoryImpl implements SwitchboardFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SwitchboardFactory init() {
		try {
			SwitchboardFactory theSwitchboardFactory = (SwitchboardFactory)EPackage.Registry.INSTANCE.getEFactory(SwitchboardPackage.eNS_URI);
			if (theSwitchboardFactory != null) {
				return theSwitchboardFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SwitchboardFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwitchboardFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SwitchboardPackage.SITE: return createSite();
			case SwitchboardPackage.EXTENSION: return createExtension();
			case SwitchboardPackage.CHANNEL: return createChannel();
			case SwitchboardPackage.CALL: return createCall();
			case SwitchboardPackage.QUEUE: return createQueue();
			case SwitchboardPackage.QUEUE_ENTRY: return createQueueEntry();
			case SwitchboardPackage.CONNECTION_STATE: return createConnectionState();
			case SwitchboardPackage.OPERATOR: return createOperator();
			case SwitchboardPackage.SERVER_PROFILE: return createServerProfile();
			case SwitchboardPackage.DEPARTMENT: return createDepartment();
			case SwitchboardPackage.CONTACT: return createContact();
			case SwitchboardPackage.CONTACT_NUMBER: return createContactNumber();
			case SwitchboardPackage.WAKE_UP_TASK: return createWakeUpTask();
			case SwitchboardPackage.WAKE_UP_ATTEMPT: return createWakeUpAttempt();
			case SwitchboardPackage.NIGHT_SERVICE_SETTING: return createNightServiceSetting();
			case SwitchboardPackage.CALL_RECORD: return createCallRecord();
			case SwitchboardPackage.HANDOVER_RECORD: return createHandoverRecord();
			case SwitchboardPackage.OPERATION_LOG_ENTRY: return createOperationLogEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SwitchboardPackage.DEVICE_STATE:
				return createDeviceStateFromString(eDataType, initialValue);
			case SwitchboardPackage.DIAL_PERMISSION:
				return createDialPermissionFromString(eDataType, initialValue);
			case SwitchboardPackage.CHANNEL_STATE:
				return createChannelStateFromString(eDataType, initialValue);
			case SwitchboardPackage.CALL_STATE:
				return createCallStateFromString(eDataType, initialValue);
			case SwitchboardPackage.CONNECTION_STATUS:
				return createConnectionStatusFromString(eDataType, initialValue);
			case SwitchboardPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case SwitchboardPackage.PHONEBOOK_KIND:
				return createPhonebookKindFromString(eDataType, initialValue);
			case SwitchboardPackage.NUMBER_KIND:
				return createNumberKindFromString(eDataType, initialValue);
			case SwitchboardPackage.WAKE_UP_REPEAT:
				return createWakeUpRepeatFromString(eDataType, initialValue);
			case SwitchboardPackage.WAKE_UP_OUTCOME:
				return createWakeUpOutcomeFromString(eDataType, initialValue);
			case SwitchboardPackage.OUTCOME:
				return createOutcomeFromString(eDataType, initialValue);
			case SwitchboardPackage.CALL_DISPOSITION:
				return createCallDispositionFromString(eDataType, initialValue);
			case SwitchboardPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SwitchboardPackage.DEVICE_STATE:
				return convertDeviceStateToString(eDataType, instanceValue);
			case SwitchboardPackage.DIAL_PERMISSION:
				return convertDialPermissionToString(eDataType, instanceValue);
			case SwitchboardPackage.CHANNEL_STATE:
				return convertChannelStateToString(eDataType, instanceValue);
			case SwitchboardPackage.CALL_STATE:
				return convertCallStateToString(eDataType, instanceValue);
			case SwitchboardPackage.CONNECTION_STATUS:
				return convertConnectionStatusToString(eDataType, instanceValue);
			case SwitchboardPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case SwitchboardPackage.PHONEBOOK_KIND:
				return convertPhonebookKindToString(eDataType, instanceValue);
			case SwitchboardPackage.NUMBER_KIND:
				return convertNumberKindToString(eDataType, instanceValue);
			case SwitchboardPackage.WAKE_UP_REPEAT:
				return convertWakeUpRepeatToString(eDataType, instanceValue);
			case SwitchboardPackage.WAKE_UP_OUTCOME:
				return convertWakeUpOutcomeToString(eDataType, instanceValue);
			case SwitchboardPackage.OUTCOME:
				return convertOutcomeToString(eDataType, instanceValue);
			case SwitchboardPackage.CALL_DISPOSITION:
				return convertCallDispositionToString(eDataType, instanceValue);
			case SwitchboardPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Extension createExtension() {
		ExtensionImpl extension = new ExtensionImpl();
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Call createCall() {
		CallImpl call = new CallImpl();
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Queue createQueue() {
		QueueImpl queue = new QueueImpl();
		return queue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueueEntry createQueueEntry() {
		QueueEntryImpl queueEntry = new QueueEntryImpl();
		return queueEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionState createConnectionState() {
		ConnectionStateImpl connectionState = new ConnectionStateImpl();
		return connectionState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operator createOperator() {
		OperatorImpl operator = new OperatorImpl();
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerProfile createServerProfile() {
		ServerProfileImpl serverProfile = new ServerProfileImpl();
		return serverProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department createDepartment() {
		DepartmentImpl department = new DepartmentImpl();
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactNumber createContactNumber() {
		ContactNumberImpl contactNumber = new ContactNumberImpl();
		return contactNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WakeUpTask createWakeUpTask() {
		WakeUpTaskImpl wakeUpTask = new WakeUpTaskImpl();
		return wakeUpTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WakeUpAttempt createWakeUpAttempt() {
		WakeUpAttemptImpl wakeUpAttempt = new WakeUpAttemptImpl();
		return wakeUpAttempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NightServiceSetting createNightServiceSetting() {
		NightServiceSettingImpl nightServiceSetting = new NightServiceSettingImpl();
		return nightServiceSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallRecord createCallRecord() {
		CallRecordImpl callRecord = new CallRecordImpl();
		return callRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HandoverRecord createHandoverRecord() {
		HandoverRecordImpl handoverRecord = new HandoverRecordImpl();
		return handoverRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationLogEntry createOperationLogEntry() {
		OperationLogEntryImpl operationLogEntry = new OperationLogEntryImpl();
		return operationLogEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceState createDeviceStateFromString(EDataType eDataType, String initialValue) {
		DeviceState result = DeviceState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DialPermission createDialPermissionFromString(EDataType eDataType, String initialValue) {
		DialPermission result = DialPermission.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDialPermissionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelState createChannelStateFromString(EDataType eDataType, String initialValue) {
		ChannelState result = ChannelState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CallState createCallStateFromString(EDataType eDataType, String initialValue) {
		CallState result = CallState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCallStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionStatus createConnectionStatusFromString(EDataType eDataType, String initialValue) {
		ConnectionStatus result = ConnectionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhonebookKind createPhonebookKindFromString(EDataType eDataType, String initialValue) {
		PhonebookKind result = PhonebookKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhonebookKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NumberKind createNumberKindFromString(EDataType eDataType, String initialValue) {
		NumberKind result = NumberKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNumberKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WakeUpRepeat createWakeUpRepeatFromString(EDataType eDataType, String initialValue) {
		WakeUpRepeat result = WakeUpRepeat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWakeUpRepeatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WakeUpOutcome createWakeUpOutcomeFromString(EDataType eDataType, String initialValue) {
		WakeUpOutcome result = WakeUpOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWakeUpOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Outcome createOutcomeFromString(EDataType eDataType, String initialValue) {
		Outcome result = Outcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CallDisposition createCallDispositionFromString(EDataType eDataType, String initialValue) {
		CallDisposition result = CallDisposition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCallDispositionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT (Instant has no String constructor: ISO-8601 both ways)
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return initialValue == null ? null : Instant.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT (Instant has no String constructor: ISO-8601 both ways)
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchboardPackage getSwitchboardPackage() {
		return (SwitchboardPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SwitchboardPackage getPackage() {
		return SwitchboardPackage.eINSTANCE;
	}

} //SwitchboardFactoryImpl
