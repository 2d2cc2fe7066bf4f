package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/** The AMI event `BridgeListItem`, which Asterisk-Java 3.42.2 does not know (registered with registerUserEventClass). */
public class BridgeListItemEvent extends ResponseEvent {

	private static final long serialVersionUID = 1L;
	private String bridgeUniqueid;
	private String bridgeType;
	private String bridgeTechnology;
	private String bridgeCreator;
	private String bridgeName;
	private Integer bridgeNumChannels;
	private String bridgeVideoSourceMode;

	public BridgeListItemEvent(Object source) {
		super(source);
	}

	public String getBridgeUniqueid() {
		return bridgeUniqueid;
	}

	public void setBridgeUniqueid(String bridgeUniqueid) {
		this.bridgeUniqueid = bridgeUniqueid;
	}

	public String getBridgeType() {
		return bridgeType;
	}

	public void setBridgeType(String bridgeType) {
		this.bridgeType = bridgeType;
	}

	public String getBridgeTechnology() {
		return bridgeTechnology;
	}

	public void setBridgeTechnology(String bridgeTechnology) {
		this.bridgeTechnology = bridgeTechnology;
	}

	public String getBridgeCreator() {
		return bridgeCreator;
	}

	public void setBridgeCreator(String bridgeCreator) {
		this.bridgeCreator = bridgeCreator;
	}

	public String getBridgeName() {
		return bridgeName;
	}

	public void setBridgeName(String bridgeName) {
		this.bridgeName = bridgeName;
	}

	public Integer getBridgeNumChannels() {
		return bridgeNumChannels;
	}

	public void setBridgeNumChannels(Integer bridgeNumChannels) {
		this.bridgeNumChannels = bridgeNumChannels;
	}

	public String getBridgeVideoSourceMode() {
		return bridgeVideoSourceMode;
	}

	public void setBridgeVideoSourceMode(String bridgeVideoSourceMode) {
		this.bridgeVideoSourceMode = bridgeVideoSourceMode;
	}
}
