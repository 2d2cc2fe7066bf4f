/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.HandoverRecord;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Handover Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.HandoverRecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.HandoverRecordImpl#getFromOperator <em>From Operator</em>}</li>
 *   <li>{@link org.switchboard.model.impl.HandoverRecordImpl#getToOperator <em>To Operator</em>}</li>
 *   <li>{@link org.switchboard.model.impl.HandoverRecordImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.HandoverRecordImpl#getExtension <em>Extension</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HandoverRecordImpl extends MinimalEObjectImpl.Container implements HandoverRecord {
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
	 * The default value of the '{@link #getFromOperator() <em>From Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromOperator() <em>From Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromOperator()
	 * @generated
	 * @ordered
	 */
	protected String fromOperator = FROM_OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getToOperator() <em>To Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToOperator() <em>To Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToOperator()
	 * @generated
	 * @ordered
	 */
	protected String toOperator = TO_OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Instant at = AT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HandoverRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.HANDOVER_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.HANDOVER_RECORD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromOperator() {
		return fromOperator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromOperator(String newFromOperator) {
		String oldFromOperator = fromOperator;
		fromOperator = newFromOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.HANDOVER_RECORD__FROM_OPERATOR, oldFromOperator, fromOperator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToOperator() {
		return toOperator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToOperator(String newToOperator) {
		String oldToOperator = toOperator;
		toOperator = newToOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.HANDOVER_RECORD__TO_OPERATOR, oldToOperator, toOperator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		Instant oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.HANDOVER_RECORD__AT, oldAt, at));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.HANDOVER_RECORD__EXTENSION, oldExtension, extension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.HANDOVER_RECORD__ID:
				return getId();
			case SwitchboardPackage.HANDOVER_RECORD__FROM_OPERATOR:
				return getFromOperator();
			case SwitchboardPackage.HANDOVER_RECORD__TO_OPERATOR:
				return getToOperator();
			case SwitchboardPackage.HANDOVER_RECORD__AT:
				return getAt();
			case SwitchboardPackage.HANDOVER_RECORD__EXTENSION:
				return getExtension();
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
			case SwitchboardPackage.HANDOVER_RECORD__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__FROM_OPERATOR:
				setFromOperator((String)newValue);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__TO_OPERATOR:
				setToOperator((String)newValue);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__AT:
				setAt((Instant)newValue);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__EXTENSION:
				setExtension((String)newValue);
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
			case SwitchboardPackage.HANDOVER_RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__FROM_OPERATOR:
				setFromOperator(FROM_OPERATOR_EDEFAULT);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__TO_OPERATOR:
				setToOperator(TO_OPERATOR_EDEFAULT);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__AT:
				setAt(AT_EDEFAULT);
				return;
			case SwitchboardPackage.HANDOVER_RECORD__EXTENSION:
				setExtension(EXTENSION_EDEFAULT);
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
			case SwitchboardPackage.HANDOVER_RECORD__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.HANDOVER_RECORD__FROM_OPERATOR:
				return FROM_OPERATOR_EDEFAULT == null ? fromOperator != null : !FROM_OPERATOR_EDEFAULT.equals(fromOperator);
			case SwitchboardPackage.HANDOVER_RECORD__TO_OPERATOR:
				return TO_OPERATOR_EDEFAULT == null ? toOperator != null : !TO_OPERATOR_EDEFAULT.equals(toOperator);
			case SwitchboardPackage.HANDOVER_RECORD__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case SwitchboardPackage.HANDOVER_RECORD__EXTENSION:
				return EXTENSION_EDEFAULT == null ? extension != null : !EXTENSION_EDEFAULT.equals(extension);
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
		result.append(", fromOperator: ");
		result.append(fromOperator);
		result.append(", toOperator: ");
		result.append(toOperator);
		result.append(", at: ");
		result.append(at);
		result.append(", extension: ");
		result.append(extension);
		result.append(')');
		return result.toString();
	}

} //HandoverRecordImpl
