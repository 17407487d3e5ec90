package dk.sambo.portal.shared.cluster;

/** The single-node default (HSQLDB): there are no other nodes, so a message only reaches this node's receivers. */
final class InProcessClusterChannel extends LocalSubscribers {

    @Override
    void sendToOthers(String topic, String payload, boolean inTransaction) {
        // one node: nobody else to tell
    }

    @Override
    public String kind() {
        return "in-process";
    }

    @Override
    public boolean listening() {
        return true;
    }
}
