package dk.sambo.portal.materials;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MaterialRepository extends JpaRepository<Material, Long> {

    /** Each material with its latest version and the downloads of all its versions, counted in the database. */
    @Query("""
            select m, v, (select sum(v3.downloads) from MaterialVersion v3 where v3.materialId = m.id)
            from Material m, MaterialVersion v
            where v.materialId = m.id
              and v.versionNo = (select max(v2.versionNo) from MaterialVersion v2 where v2.materialId = m.id)
              and (:anyAudience = true or m.audience = :audience)
              and (:launchOnly = false or m.launchPackage = true)
            order by m.launchPackage desc, m.title""")
    List<Object[]> findLatest(boolean anyAudience, Audience audience, boolean launchOnly);
}

interface MaterialVersionRepository extends JpaRepository<MaterialVersion, Long> {

    List<MaterialVersion> findByMaterialIdOrderByVersionNoDesc(long materialId);

    @Query("select coalesce(max(v.versionNo), 0) from MaterialVersion v where v.materialId = :materialId")
    int maxVersion(long materialId);

    @Modifying
    @Query("update MaterialVersion v set v.downloads = v.downloads + 1 where v.id = :id")
    int countDownload(long id);
}

interface LaunchCascadeRepository extends JpaRepository<LaunchCascadeRow, Long> {

    List<LaunchCascadeRow> findByClusterId(long clusterId);

    java.util.Optional<LaunchCascadeRow> findByClusterIdAndOrganisationId(long clusterId, long organisationId);

    /**
     * Rows whose organisation has not passed the package on, forwarded on or before {@code forwardedBefore}, and
     * not reminded after {@code remindedBefore}: the reminder job's work.
     */
    @Query("""
            select r from LaunchCascadeRow r
            where r.passedOnAt is null and r.forwardedAt <= :forwardedBefore
              and (r.lastRemindedAt is null or r.lastRemindedAt <= :remindedBefore)
            order by r.id""")
    List<LaunchCascadeRow> dueForReminder(java.time.Instant forwardedBefore, java.time.Instant remindedBefore);
}
