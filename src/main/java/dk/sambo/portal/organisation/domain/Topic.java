package dk.sambo.portal.organisation.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * A section of the agreement (admission, discharge, ...). Topics are data an administrator can edit; questions,
 * culture bearer appointments and training refer to them by code.
 */
@Entity
@Table(name = "topic")
public class Topic extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code = "";

    @Column(name = "name_da", nullable = false, length = 120)
    @NoPatientData private String nameDa = "";

    @Column(name = "name_en", nullable = false, length = 120)
    @NoPatientData private String nameEn = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected Topic() {
    }

    public Topic(String code, String nameDa, String nameEn, int sortOrder) {
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getNameDa() {
        return nameDa;
    }

    public void setNameDa(String nameDa) {
        this.nameDa = nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
