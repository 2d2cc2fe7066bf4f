/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.switchboard.model.Channel;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extension</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getDeviceState <em>Device State</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getStateSince <em>State Since</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#isDnd <em>Dnd</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getDialPermission <em>Dial Permission</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#isRegistered <em>Registered</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.switchboard.model.impl.ExtensionImpl#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtensionImpl extends MinimalEObjectImpl.Container implements Extension {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceState() <em>Device State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceState()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceState DEVICE_STATE_EDEFAULT = DeviceState.UNKNOWN;

	/**
	 * The cached value of the '{@link #getDeviceState() <em>Device State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceState()
	 * @generated
	 * @ordered
	 */
	protected DeviceState deviceState = DEVICE_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateSince() <em>State Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateSince()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STATE_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateSince() <em>State Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateSince()
	 * @generated
	 * @ordered
	 */
	protected Instant stateSince = STATE_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDnd() <em>Dnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDnd() <em>Dnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnd()
	 * @generated
	 * @ordered
	 */
	protected boolean dnd = DND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDialPermission() <em>Dial Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDialPermission()
	 * @generated
	 * @ordered
	 */
	protected static final DialPermission DIAL_PERMISSION_EDEFAULT = DialPermission.INTERNATIONAL;

	/**
	 * The cached value of the '{@link #getDialPermission() <em>Dial Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDialPermission()
	 * @generated
	 * @ordered
	 */
	protected DialPermission dialPermission = DIAL_PERMISSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegistered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REGISTERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegistered()
	 * @generated
	 * @ordered
	 */
	protected boolean registered = REGISTERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected String contact = CONTACT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtensionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.EXTENSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceState getDeviceState() {
		return deviceState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceState(DeviceState newDeviceState) {
		DeviceState oldDeviceState = deviceState;
		deviceState = newDeviceState == null ? DEVICE_STATE_EDEFAULT : newDeviceState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__DEVICE_STATE, oldDeviceState, deviceState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStateSince() {
		return stateSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateSince(Instant newStateSince) {
		Instant oldStateSince = stateSince;
		stateSince = newStateSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__STATE_SINCE, oldStateSince, stateSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDnd() {
		return dnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnd(boolean newDnd) {
		boolean oldDnd = dnd;
		dnd = newDnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__DND, oldDnd, dnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DialPermission getDialPermission() {
		return dialPermission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDialPermission(DialPermission newDialPermission) {
		DialPermission oldDialPermission = dialPermission;
		dialPermission = newDialPermission == null ? DIAL_PERMISSION_EDEFAULT : newDialPermission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__DIAL_PERMISSION, oldDialPermission, dialPermission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRegistered() {
		return registered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistered(boolean newRegistered) {
		boolean oldRegistered = registered;
		registered = newRegistered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__REGISTERED, oldRegistered, registered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(String newContact) {
		String oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.EXTENSION__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectWithInverseResolvingEList<Channel>(Channel.class, this, SwitchboardPackage.EXTENSION__CHANNELS, SwitchboardPackage.CHANNEL__EXTENSION);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SwitchboardPackage.EXTENSION__CHANNELS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChannels()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SwitchboardPackage.EXTENSION__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.EXTENSION__NUMBER:
				return getNumber();
			case SwitchboardPackage.EXTENSION__NAME:
				return getName();
			case SwitchboardPackage.EXTENSION__DEPARTMENT:
				return getDepartment();
			case SwitchboardPackage.EXTENSION__DEVICE:
				return getDevice();
			case SwitchboardPackage.EXTENSION__DEVICE_STATE:
				return getDeviceState();
			case SwitchboardPackage.EXTENSION__STATE_SINCE:
				return getStateSince();
			case SwitchboardPackage.EXTENSION__DND:
				return isDnd();
			case SwitchboardPackage.EXTENSION__DIAL_PERMISSION:
				return getDialPermission();
			case SwitchboardPackage.EXTENSION__REGISTERED:
				return isRegistered();
			case SwitchboardPackage.EXTENSION__CONTACT:
				return getContact();
			case SwitchboardPackage.EXTENSION__CHANNELS:
				return getChannels();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SwitchboardPackage.EXTENSION__NUMBER:
				setNumber((String)newValue);
				return;
			case SwitchboardPackage.EXTENSION__NAME:
				setName((String)newValue);
				return;
			case SwitchboardPackage.EXTENSION__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case SwitchboardPackage.EXTENSION__DEVICE:
				setDevice((String)newValue);
				return;
			case SwitchboardPackage.EXTENSION__DEVICE_STATE:
				setDeviceState((DeviceState)newValue);
				return;
			case SwitchboardPackage.EXTENSION__STATE_SINCE:
				setStateSince((Instant)newValue);
				return;
			case SwitchboardPackage.EXTENSION__DND:
				setDnd((Boolean)newValue);
				return;
			case SwitchboardPackage.EXTENSION__DIAL_PERMISSION:
				setDialPermission((DialPermission)newValue);
				return;
			case SwitchboardPackage.EXTENSION__REGISTERED:
				setRegistered((Boolean)newValue);
				return;
			case SwitchboardPackage.EXTENSION__CONTACT:
				setContact((String)newValue);
				return;
			case SwitchboardPackage.EXTENSION__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SwitchboardPackage.EXTENSION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__DEVICE_STATE:
				setDeviceState(DEVICE_STATE_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__STATE_SINCE:
				setStateSince(STATE_SINCE_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__DND:
				setDnd(DND_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__DIAL_PERMISSION:
				setDialPermission(DIAL_PERMISSION_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__REGISTERED:
				setRegistered(REGISTERED_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__CONTACT:
				setContact(CONTACT_EDEFAULT);
				return;
			case SwitchboardPackage.EXTENSION__CHANNELS:
				getChannels().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SwitchboardPackage.EXTENSION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case SwitchboardPackage.EXTENSION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SwitchboardPackage.EXTENSION__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case SwitchboardPackage.EXTENSION__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case SwitchboardPackage.EXTENSION__DEVICE_STATE:
				return deviceState != DEVICE_STATE_EDEFAULT;
			case SwitchboardPackage.EXTENSION__STATE_SINCE:
				return STATE_SINCE_EDEFAULT == null ? stateSince != null : !STATE_SINCE_EDEFAULT.equals(stateSince);
			case SwitchboardPackage.EXTENSION__DND:
				return dnd != DND_EDEFAULT;
			case SwitchboardPackage.EXTENSION__DIAL_PERMISSION:
				return dialPermission != DIAL_PERMISSION_EDEFAULT;
			case SwitchboardPackage.EXTENSION__REGISTERED:
				return registered != REGISTERED_EDEFAULT;
			case SwitchboardPackage.EXTENSION__CONTACT:
				return CONTACT_EDEFAULT == null ? contact != null : !CONTACT_EDEFAULT.equals(contact);
			case SwitchboardPackage.EXTENSION__CHANNELS:
				return channels != null && !channels.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", name: ");
		result.append(name);
		result.append(", department: ");
		result.append(department);
		result.append(", device: ");
		result.append(device);
		result.append(", deviceState: ");
		result.append(deviceState);
		result.append(", stateSince: ");
		result.append(stateSince);
		result.append(", dnd: ");
		result.append(dnd);
		result.append(", dialPermission: ");
		result.append(dialPermission);
		result.append(", registered: ");
		result.append(registered);
		result.append(", contact: ");
		result.append(contact);
		result.append(')');
		return result.toString();
	}

} //ExtensionImpl
