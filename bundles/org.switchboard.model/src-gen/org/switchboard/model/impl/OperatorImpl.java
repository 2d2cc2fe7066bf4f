/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.Operator;
import org.switchboard.model.Role;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getExtension <em>Extension</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getFailedLogins <em>Failed Logins</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getLockedUntil <em>Locked Until</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperatorImpl#getLastLoginAt <em>Last Login At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperatorImpl extends MinimalEObjectImpl.Container implements Operator {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccount() <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccount() <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected String account = ACCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final Role ROLE_EDEFAULT = Role.OPERATOR;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtension() <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTENSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtension() <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected String extension = EXTENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected String passwordHash = PASSWORD_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailedLogins() <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedLogins()
	 * @generated
	 * @ordered
	 */
	protected static final int FAILED_LOGINS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFailedLogins() <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedLogins()
	 * @generated
	 * @ordered
	 */
	protected int failedLogins = FAILED_LOGINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLockedUntil() <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LOCKED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLockedUntil() <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedUntil()
	 * @generated
	 * @ordered
	 */
	protected Instant lockedUntil = LOCKED_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastLoginAt() <em>Last Login At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLoginAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LAST_LOGIN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastLoginAt() <em>Last Login At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLoginAt()
	 * @generated
	 * @ordered
	 */
	protected Instant lastLoginAt = LAST_LOGIN_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.OPERATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccount() {
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccount(String newAccount) {
		String oldAccount = account;
		account = newAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__ACCOUNT, oldAccount, account));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole) {
		Role oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtension() {
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtension(String newExtension) {
		String oldExtension = extension;
		extension = newExtension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__EXTENSION, oldExtension, extension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordHash() {
		return passwordHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordHash(String newPasswordHash) {
		String oldPasswordHash = passwordHash;
		passwordHash = newPasswordHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__PASSWORD_HASH, oldPasswordHash, passwordHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFailedLogins() {
		return failedLogins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedLogins(int newFailedLogins) {
		int oldFailedLogins = failedLogins;
		failedLogins = newFailedLogins;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__FAILED_LOGINS, oldFailedLogins, failedLogins));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLockedUntil() {
		return lockedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockedUntil(Instant newLockedUntil) {
		Instant oldLockedUntil = lockedUntil;
		lockedUntil = newLockedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__LOCKED_UNTIL, oldLockedUntil, lockedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLoginAt(Instant newLastLoginAt) {
		Instant oldLastLoginAt = lastLoginAt;
		lastLoginAt = newLastLoginAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATOR__LAST_LOGIN_AT, oldLastLoginAt, lastLoginAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.OPERATOR__ID:
				return getId();
			case SwitchboardPackage.OPERATOR__ACCOUNT:
				return getAccount();
			case SwitchboardPackage.OPERATOR__DISPLAY_NAME:
				return getDisplayName();
			case SwitchboardPackage.OPERATOR__ROLE:
				return getRole();
			case SwitchboardPackage.OPERATOR__EXTENSION:
				return getExtension();
			case SwitchboardPackage.OPERATOR__PASSWORD_HASH:
				return getPasswordHash();
			case SwitchboardPackage.OPERATOR__ENABLED:
				return isEnabled();
			case SwitchboardPackage.OPERATOR__FAILED_LOGINS:
				return getFailedLogins();
			case SwitchboardPackage.OPERATOR__LOCKED_UNTIL:
				return getLockedUntil();
			case SwitchboardPackage.OPERATOR__CREATED_AT:
				return getCreatedAt();
			case SwitchboardPackage.OPERATOR__LAST_LOGIN_AT:
				return getLastLoginAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SwitchboardPackage.OPERATOR__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.OPERATOR__ACCOUNT:
				setAccount((String)newValue);
				return;
			case SwitchboardPackage.OPERATOR__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case SwitchboardPackage.OPERATOR__ROLE:
				setRole((Role)newValue);
				return;
			case SwitchboardPackage.OPERATOR__EXTENSION:
				setExtension((String)newValue);
				return;
			case SwitchboardPackage.OPERATOR__PASSWORD_HASH:
				setPasswordHash((String)newValue);
				return;
			case SwitchboardPackage.OPERATOR__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SwitchboardPackage.OPERATOR__FAILED_LOGINS:
				setFailedLogins((Integer)newValue);
				return;
			case SwitchboardPackage.OPERATOR__LOCKED_UNTIL:
				setLockedUntil((Instant)newValue);
				return;
			case SwitchboardPackage.OPERATOR__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case SwitchboardPackage.OPERATOR__LAST_LOGIN_AT:
				setLastLoginAt((Instant)newValue);
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
			case SwitchboardPackage.OPERATOR__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__ACCOUNT:
				setAccount(ACCOUNT_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__EXTENSION:
				setExtension(EXTENSION_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__PASSWORD_HASH:
				setPasswordHash(PASSWORD_HASH_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__FAILED_LOGINS:
				setFailedLogins(FAILED_LOGINS_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__LOCKED_UNTIL:
				setLockedUntil(LOCKED_UNTIL_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATOR__LAST_LOGIN_AT:
				setLastLoginAt(LAST_LOGIN_AT_EDEFAULT);
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
			case SwitchboardPackage.OPERATOR__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.OPERATOR__ACCOUNT:
				return ACCOUNT_EDEFAULT == null ? account != null : !ACCOUNT_EDEFAULT.equals(account);
			case SwitchboardPackage.OPERATOR__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case SwitchboardPackage.OPERATOR__ROLE:
				return role != ROLE_EDEFAULT;
			case SwitchboardPackage.OPERATOR__EXTENSION:
				return EXTENSION_EDEFAULT == null ? extension != null : !EXTENSION_EDEFAULT.equals(extension);
			case SwitchboardPackage.OPERATOR__PASSWORD_HASH:
				return PASSWORD_HASH_EDEFAULT == null ? passwordHash != null : !PASSWORD_HASH_EDEFAULT.equals(passwordHash);
			case SwitchboardPackage.OPERATOR__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SwitchboardPackage.OPERATOR__FAILED_LOGINS:
				return failedLogins != FAILED_LOGINS_EDEFAULT;
			case SwitchboardPackage.OPERATOR__LOCKED_UNTIL:
				return LOCKED_UNTIL_EDEFAULT == null ? lockedUntil != null : !LOCKED_UNTIL_EDEFAULT.equals(lockedUntil);
			case SwitchboardPackage.OPERATOR__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case SwitchboardPackage.OPERATOR__LAST_LOGIN_AT:
				return LAST_LOGIN_AT_EDEFAULT == null ? lastLoginAt != null : !LAST_LOGIN_AT_EDEFAULT.equals(lastLoginAt);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", account: ");
		result.append(account);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", role: ");
		result.append(role);
		result.append(", extension: ");
		result.append(extension);
		result.append(", passwordHash: ");
		result.append(passwordHash);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", failedLogins: ");
		result.append(failedLogins);
		result.append(", lockedUntil: ");
		result.append(lockedUntil);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", lastLoginAt: ");
		result.append(lastLoginAt);
		result.append(')');
		return result.toString();
	}

} //OperatorImpl
