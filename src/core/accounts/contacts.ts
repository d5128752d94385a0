import { daysBetween } from '../dates.js';
import type { Contact, ContactRole } from '../model.js';
import { keyContacts } from './facts.js';
import { byName } from './order.js';

/** The people in a role who still work there, most influential first. */
export function contactsInRole(contacts: readonly Contact[], role: ContactRole): Contact[] {
  return keyContacts(contacts.filter((c) => c.role === role && !c.leftCompany));
}

/** The people who left the customer. */
export function contactsWhoLeft(contacts: readonly Contact[]): Contact[] {
  return keyContacts(contacts.filter((c) => c.leftCompany));
}

/** Current contacts nobody has spoken to for at least `days` days (or ever), longest silence first. */
export function contactsNotSpokenTo(contacts: readonly Contact[], today: string, days: number): { contact: Contact; silentDays?: number }[] {
  return contacts
    .filter((c) => !c.leftCompany)
    .map((contact) => ({ contact, silentDays: contact.lastContactDate ? daysBetween(contact.lastContactDate, today) : undefined }))
    .filter((x) => x.silentDays === undefined || x.silentDays >= days)
    .sort((a, b) => (b.silentDays ?? Infinity) - (a.silentDays ?? Infinity) || byName(a.contact.name, b.contact.name));
}
