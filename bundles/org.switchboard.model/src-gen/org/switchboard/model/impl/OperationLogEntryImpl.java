/**
 */
package org.switchboard.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operation Log Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.switchboard.model.impl.OperationLogEntryImpl#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationLogEntryImpl extends MinimalEObjectImpl.Container implements OperationLogEntry {
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
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final Outcome OUTCOME_EDEFAULT = Outcome.SUCCESS;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected Outcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected String detail = DETAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationLogEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.OPERATION_LOG_ENTRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(Outcome newOutcome) {
		Outcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetail() {
		return detail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetail(String newDetail) {
		String oldDetail = detail;
		detail = newDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.OPERATION_LOG_ENTRY__DETAIL, oldDetail, detail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ID:
				return getId();
			case SwitchboardPackage.OPERATION_LOG_ENTRY__AT:
				return getAt();
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OPERATOR:
				return getOperator();
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ACTION:
				return getAction();
			case SwitchboardPackage.OPERATION_LOG_ENTRY__TARGET:
				return getTarget();
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OUTCOME:
				return getOutcome();
			case SwitchboardPackage.OPERATION_LOG_ENTRY__DETAIL:
				return getDetail();
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
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ID:
				setId((Long)newValue);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__AT:
				setAt((Instant)newValue);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OPERATOR:
				setOperator((String)newValue);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ACTION:
				setAction((String)newValue);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__TARGET:
				setTarget((String)newValue);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__DETAIL:
				setDetail((String)newValue);
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
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ID:
				setId(ID_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__AT:
				setAt(AT_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__DETAIL:
				setDetail(DETAIL_EDEFAULT);
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
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ID:
				return id != ID_EDEFAULT;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case SwitchboardPackage.OPERATION_LOG_ENTRY__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case SwitchboardPackage.OPERATION_LOG_ENTRY__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case SwitchboardPackage.OPERATION_LOG_ENTRY__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case SwitchboardPackage.OPERATION_LOG_ENTRY__DETAIL:
				return DETAIL_EDEFAULT == null ? detail != null : !DETAIL_EDEFAULT.equals(detail);
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
		result.append(", at: ");
		result.append(at);
		result.append(", operator: ");
		result.append(operator);
		result.append(", action: ");
		result.append(action);
		result.append(", target: ");
		result.append(target);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", detail: ");
		result.append(detail);
		result.append(')');
		return result.toString();
	}

} //OperationLogEntryImpl
