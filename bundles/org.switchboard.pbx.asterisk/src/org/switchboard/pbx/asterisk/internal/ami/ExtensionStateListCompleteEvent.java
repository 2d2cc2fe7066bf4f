package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/** The AMI event `ExtensionStateListComplete`, which Asterisk-Java 3.42.2 does not know (registered with registerUserEventClass). */
public class ExtensionStateListCompleteEvent extends ResponseEvent {

	private static final long serialVersionUID = 1L;
	private String eventList;
	private Integer listItems;

	public ExtensionStateListCompleteEvent(Object source) {
		super(source);
	}

	public String getEventList() {
		return eventList;
	}

	public void setEventList(String eventList) {
		this.eventList = eventList;
	}

	public Integer getListItems() {
		return listItems;
	}

	public void setListItems(Integer listItems) {
		this.listItems = listItems;
	}
}
