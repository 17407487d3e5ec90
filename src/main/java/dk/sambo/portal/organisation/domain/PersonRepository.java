package dk.sambo.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsernameIgnoreCase(String username);

    Optional<Person> findByEmailIgnoreCase(String email);

    @Query("""
            select p from Person p left join p.unit u left join u.organisation o
            where lower(p.name) like lower(concat('%', :q, '%'))
               or lower(p.email) like lower(concat('%', :q, '%'))
               or lower(p.jobTitle) like lower(concat('%', :q, '%'))
               or lower(u.name) like lower(concat('%', :q, '%'))
               or lower(o.name) like lower(concat('%', :q, '%'))
            order by p.name, p.id""")
    List<Person> search(String q, Pageable page);

    @Query("""
            select count(p) from Person p left join p.unit u left join u.organisation o
            where lower(p.name) like lower(concat('%', :q, '%'))
               or lower(p.email) like lower(concat('%', :q, '%'))
               or lower(p.jobTitle) like lower(concat('%', :q, '%'))
               or lower(u.name) like lower(concat('%', :q, '%'))
               or lower(o.name) like lower(concat('%', :q, '%'))""")
    long countSearch(String q);

    @Query("""
            select p from Person p join p.unit u
            where u.path like concat(:path, '%') and p.active = true order by p.name""")
    List<Person> findActiveInSubtree(String path, Pageable page);
}
