package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/**
 * The closing event of an AMI list ({@code EventList: Complete}, {@code ListItems: N}). Asterisk-Java 3.42.2 lacks
 * several of them; each needs its own top-level class named after the event (registered with
 * {@code registerUserEventClass}), and they share these fields.
 */
public abstract class ListCompleteEvent extends ResponseEvent {

	private static final long serialVersionUID = 1L;
	private String eventList;
	private Integer listItems;

	protected ListCompleteEvent(Object source) {
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
