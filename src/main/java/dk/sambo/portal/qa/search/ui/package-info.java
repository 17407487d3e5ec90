/** Internal: the screen where the implementing level keeps the search's synonym list. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.search.ui;
