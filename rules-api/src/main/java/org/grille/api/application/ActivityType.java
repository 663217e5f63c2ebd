package org.grille.api.application;

/** What a project activity is. The objective rules read these to judge how a project serves an objective. */
public enum ActivityType {
    /** Public awareness campaign against racism and discrimination. */
    AWARENESS_CAMPAIGN,
    /** Anti-racism or anti-discrimination training sessions. */
    ANTI_RACISM_TRAINING,
    /** Support for people who report a racist or discriminatory incident. */
    INCIDENT_SUPPORT,
    /** Information sessions for newcomers about their rights and recourses. */
    RIGHTS_INFORMATION,
    /** Accompaniment through legal or administrative procedures. */
    LEGAL_ACCOMPANIMENT,
    /** Peer support group, for example for immigrant women. */
    PEER_SUPPORT_GROUP,
    /** Childcare offered so that parents can attend the activities. */
    CHILDCARE_DURING_ACTIVITIES,
    /** Training in job skills. */
    JOB_SKILLS_TRAINING,
    /** Support for starting or running a business. */
    ENTREPRENEURSHIP_SUPPORT,
    /** Training in budgeting and personal finance. */
    FINANCIAL_LITERACY,
    /** Help to have foreign diplomas and experience recognised. */
    CREDENTIAL_RECOGNITION,
    /** Professional mentoring. */
    MENTORING,
    /** Matching participants with employers for a job. */
    JOB_MATCHING,
    /** Paid internship with an employer. */
    PAID_INTERNSHIP,
    /** Workshop for employers about hiring immigrants and racialized people. */
    EMPLOYER_WORKSHOP,
    /** Coaching an employer on inclusive hiring practices. */
    INCLUSIVE_HIRING_COACHING,
    /** Event that showcases diversity to employers or the public. */
    DIVERSITY_SHOWCASE,
    /** Any other activity; no objective rule counts it. */
    OTHER
}
