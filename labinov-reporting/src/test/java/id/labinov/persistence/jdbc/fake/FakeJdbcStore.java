package id.labinov.persistence.jdbc.fake;

/** Stands in for a class of labinov-persistence-jdbc (not on reporting's class path) in a planted test. */
public class FakeJdbcStore {}
