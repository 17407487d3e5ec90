/**
 * Several portal nodes behind one balancer (issue 12): the node's identity ({@link NodeIdentity}) and the cluster
 * channel ({@link ClusterChannel}) that carries events every node must hear: PostgreSQL {@code LISTEN/NOTIFY} when
 * the portal runs on PostgreSQL, an in-process channel on the single-node default.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.cluster;
