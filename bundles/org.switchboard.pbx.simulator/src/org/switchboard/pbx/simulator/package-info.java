/**
 * A simulated Asterisk 22 PBX speaking AMI on a TCP port, with the reference lab as its site: start it with
 * {@link org.switchboard.pbx.simulator.AmiSimulator#start(SimulatorOptions)} (tests, demo mode) or from a plain
 * classpath with {@link org.switchboard.pbx.simulator.SimulatorMain}. {@link org.switchboard.pbx.simulator.TrafficDriver}
 * makes random calls against it or against a real Asterisk, through {@link org.switchboard.pbx.simulator.SitePhones},
 * the one AMI client of tests and tools, over the one AMI parser {@link org.switchboard.pbx.simulator.AmiMessages}.
 */
package org.switchboard.pbx.simulator;
