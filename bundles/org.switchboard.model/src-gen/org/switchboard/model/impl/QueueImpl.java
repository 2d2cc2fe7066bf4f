/**
 */
package org.switchboard.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.SwitchboardPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getPausedMembers <em>Paused Members</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getNightNumber <em>Night Number</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getNightPrompt <em>Night Prompt</em>}</li>
 *   <li>{@link org.switchboard.model.impl.QueueImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QueueImpl extends MinimalEObjectImpl.Container implements Queue {
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
	 * The default value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATEGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected String strategy = STRATEGY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> members;

	/**
	 * The cached value of the '{@link #getPausedMembers() <em>Paused Members</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPausedMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pausedMembers;

	/**
	 * The default value of the '{@link #getNightNumber() <em>Night Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NIGHT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNightNumber() <em>Night Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightNumber()
	 * @generated
	 * @ordered
	 */
	protected String nightNumber = NIGHT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNightPrompt() <em>Night Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String NIGHT_PROMPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNightPrompt() <em>Night Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightPrompt()
	 * @generated
	 * @ordered
	 */
	protected String nightPrompt = NIGHT_PROMPT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<QueueEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SwitchboardPackage.Literals.QUEUE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(String newStrategy) {
		String oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMembers() {
		if (members == null) {
			members = new EDataTypeUniqueEList<String>(String.class, this, SwitchboardPackage.QUEUE__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPausedMembers() {
		if (pausedMembers == null) {
			pausedMembers = new EDataTypeUniqueEList<String>(String.class, this, SwitchboardPackage.QUEUE__PAUSED_MEMBERS);
		}
		return pausedMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNightNumber() {
		return nightNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightNumber(String newNightNumber) {
		String oldNightNumber = nightNumber;
		nightNumber = newNightNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE__NIGHT_NUMBER, oldNightNumber, nightNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNightPrompt() {
		return nightPrompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightPrompt(String newNightPrompt) {
		String oldNightPrompt = nightPrompt;
		nightPrompt = newNightPrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SwitchboardPackage.QUEUE__NIGHT_PROMPT, oldNightPrompt, nightPrompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QueueEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<QueueEntry>(QueueEntry.class, this, SwitchboardPackage.QUEUE__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SwitchboardPackage.QUEUE__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case SwitchboardPackage.QUEUE__NUMBER:
				return getNumber();
			case SwitchboardPackage.QUEUE__STRATEGY:
				return getStrategy();
			case SwitchboardPackage.QUEUE__MEMBERS:
				return getMembers();
			case SwitchboardPackage.QUEUE__PAUSED_MEMBERS:
				return getPausedMembers();
			case SwitchboardPackage.QUEUE__NIGHT_NUMBER:
				return getNightNumber();
			case SwitchboardPackage.QUEUE__NIGHT_PROMPT:
				return getNightPrompt();
			case SwitchboardPackage.QUEUE__ENTRIES:
				return getEntries();
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
			case SwitchboardPackage.QUEUE__NUMBER:
				setNumber((String)newValue);
				return;
			case SwitchboardPackage.QUEUE__STRATEGY:
				setStrategy((String)newValue);
				return;
			case SwitchboardPackage.QUEUE__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends String>)newValue);
				return;
			case SwitchboardPackage.QUEUE__PAUSED_MEMBERS:
				getPausedMembers().clear();
				getPausedMembers().addAll((Collection<? extends String>)newValue);
				return;
			case SwitchboardPackage.QUEUE__NIGHT_NUMBER:
				setNightNumber((String)newValue);
				return;
			case SwitchboardPackage.QUEUE__NIGHT_PROMPT:
				setNightPrompt((String)newValue);
				return;
			case SwitchboardPackage.QUEUE__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends QueueEntry>)newValue);
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
			case SwitchboardPackage.QUEUE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE__STRATEGY:
				setStrategy(STRATEGY_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE__MEMBERS:
				getMembers().clear();
				return;
			case SwitchboardPackage.QUEUE__PAUSED_MEMBERS:
				getPausedMembers().clear();
				return;
			case SwitchboardPackage.QUEUE__NIGHT_NUMBER:
				setNightNumber(NIGHT_NUMBER_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE__NIGHT_PROMPT:
				setNightPrompt(NIGHT_PROMPT_EDEFAULT);
				return;
			case SwitchboardPackage.QUEUE__ENTRIES:
				getEntries().clear();
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
			case SwitchboardPackage.QUEUE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case SwitchboardPackage.QUEUE__STRATEGY:
				return STRATEGY_EDEFAULT == null ? strategy != null : !STRATEGY_EDEFAULT.equals(strategy);
			case SwitchboardPackage.QUEUE__MEMBERS:
				return members != null && !members.isEmpty();
			case SwitchboardPackage.QUEUE__PAUSED_MEMBERS:
				return pausedMembers != null && !pausedMembers.isEmpty();
			case SwitchboardPackage.QUEUE__NIGHT_NUMBER:
				return NIGHT_NUMBER_EDEFAULT == null ? nightNumber != null : !NIGHT_NUMBER_EDEFAULT.equals(nightNumber);
			case SwitchboardPackage.QUEUE__NIGHT_PROMPT:
				return NIGHT_PROMPT_EDEFAULT == null ? nightPrompt != null : !NIGHT_PROMPT_EDEFAULT.equals(nightPrompt);
			case SwitchboardPackage.QUEUE__ENTRIES:
				return entries != null && !entries.isEmpty();
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
		result.append(", strategy: ");
		result.append(strategy);
		result.append(", members: ");
		result.append(members);
		result.append(", pausedMembers: ");
		result.append(pausedMembers);
		result.append(", nightNumber: ");
		result.append(nightNumber);
		result.append(", nightPrompt: ");
		result.append(nightPrompt);
		result.append(')');
		return result.toString();
	}

} //QueueImpl
