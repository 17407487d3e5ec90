/**
 * Views of the organisation model for leaders: the culture bearer register, where line managers appoint and end
 * culture bearers for the units they lead and see which units have none.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.organisation.ui;
