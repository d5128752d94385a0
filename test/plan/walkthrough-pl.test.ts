import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const anna = 'anna.kowalska@acre.example';
/** Polish number formatting separates thousands with a no-break space. */
const nb = (s: string) => new RegExp(s.replace(/ /g, '\\s'));

describe('the account-plan walk-through, in Polish', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('takes Anna through the Initech plan in Polish: every answer type, every command, "koniec" and a return', async () => {
    await converse(app, anna, [
      ['/account-plan initech', 'Zbudujmy plan klienta Initech: 57 pytań', '1/57 · Nasz zespół', 'Kto po naszej stronie prowadzi relację z klientem?', '[Pomiń] [Nie wiem] [Wstecz] [Pauza] [Status] [Koniec]'],
      ['ja, KAM', 'Zapisane: Anna Kowalska (KAM)', '2/57'],
      ['pomoc', 'Odpowiadaj własnymi słowami', 'pomiń · nie wiem', '2/57'],
      ['Chloe Martin, ekspert techniczny', 'Zapisane: Chloe Martin (ekspert techniczny)', '3/57'],
      ['wstecz', '2/57', 'Obecna odpowiedź (Anna Kowalska, 25 lis 2026): Chloe Martin (ekspert techniczny)', '[Bez zmian]'],
      ['bez zmian', 'Bez zmian.', '3/57'],
      ['pomiń', 'Pominięte.', '4/57', '[1 · Ekspert techniczny]'],
      ['ekspert techniczny i innowator', 'Zapisane: Ekspert techniczny, Innowator, który przynosi nowe pomysły', '5/57', 'Albo napisz: pomiń · nie wiem'],
      ['jakieś 20 procent', 'Zapisane: 20%', '6/57'],
      ['co dwa tygodnie', 'Zapisane: Co dwa tygodnie', '7/57 · Ludzie po stronie klienta', 'W CRM: Sabine Krüger (Chief Information Officer · decydent · neutralny)'],
      ['Sabine Krüger, CIO, decydentka, neutralna', 'Zapisane: Sabine Krüger (CIO · decydent · neutralny)', '8/57'],
      ['nie wiem', 'Zapisane jako niewiadoma', '9/57'],
      ['nikt', 'Zapisane: nikt', '10/57', 'W CRM: Michael Brandt (Procurement Director · blokujący · nieprzychylny)'],
      ['bez zmian', 'Zapisane: Michael Brandt (Procurement Director · blokujący · nieprzychylny)', '11/57'],
      ['Jonas Weber, IT Operations Lead, użytkownik, zwolennik', 'Zapisane: Jonas Weber (IT Operations Lead · użytkownik · zwolennik)', '12/57'],
      ['Przetarg co trzy lata, podpisuje CIO.', 'Zapisane: Przetarg co trzy lata, podpisuje CIO.', '13/57'],
      ['17', 'To poza zakresem: od 1 do 10.', '13/57'],
      ['2 z 10', 'Zapisane: 2/10', '14/57', '[Tak] [Nie]'],
      ['chyba', 'Odpowiedz tak albo nie', '14/57'],
      ['tak, w maju z CIO', 'Zapisane: Tak — w maju z CIO', '15/57 · Trendy', 'W CRM: software'],
      ['oprogramowanie dla logistyki', 'Zapisane: oprogramowanie dla logistyki', '16/57', 'W CRM: Germany'],
      ['bez zmian', 'Zapisane: Germany', '17/57'],
      ['status', 'Initech — stan planu', 'Odpowiedzi na 14 z 57 pytań (25%) · 1 pominięte · 1 nie wiadomo', 'Teraz: 17/57 · Trendy', 'Nasz zespół: 5/6 z odpowiedzią · 1 pominięte'],
      ['Konsolidacja rynku ERP.', '18/57'],
      ['kurczy się', 'Zapisane: Kurczy się', '19/57'],
      ['1, 5', 'Zapisane: Presja na ceny i marże, Zmiany technologiczne', '20/57'],
      ['NIS2 od 2027.', '21/57'],
      ['-3,5%', 'Zapisane: -3,5%', '22/57 · Potrzeby'],
      ['Migracja do chmury do końca 2027.', '23/57'],
      ['Brak ludzi w IT.', '24/57'],
      ['Licencje i wsparcie.', '25/57'],
      ['Szkolenia.', '26/57', 'bez waluty: EUR'],
      ['dużo', 'To nie wygląda na kwotę', '26/57'],
      ['1,2 mln zł', nb('Zapisane: 1 200 000 zł'), '27/57'],
      ['5', 'Zapisane: 5/10', '28/57'],
      ['wszystkie', 'Zapisane: Wyraźnie potrzebuje tego, co oferujemy, Stać go na to, Rozmawiamy z osobami, które mogą podjąć decyzję', '29/57'],
      ['kiedyś', 'To nie wygląda na datę — spróbuj 2027-03-31 albo „koniec marca”.', '29/57'],
      ['koniec marca', 'Zapisane: 31 mar 2027', '30/57 · Co już wiemy', nb('W CRM: 1 200 000 €')],
      ['1,1 mln', nb('Zapisane: 1 100 000 €'), '31/57', 'W CRM: 9 sty 2023'],
      ['bez zmian', 'Zapisane: 9 sty 2023', '32/57'],
      ['15 grudnia 2027', 'Zapisane: 15 gru 2027', '33/57', 'W CRM: 12'],
      ['bez zmian', 'Zapisane: 12', '34/57'],
      ['przejdź do konkurencji', '38/57 · Konkurencja', 'Którzy konkurenci są aktywni u tego klienta?'],
      ['SAP, lokalny integrator', 'Zapisane: SAP, lokalny integrator', '39/57'],
      ['3', 'Zapisane: Jesteśmy jednym z kilku dostawców', '40/57'],
      ['45', 'Zapisane: 45%', '41/57'],
      ['Niższa cena licencji.', '42/57'],
      ['Chcą przejąć cały dział IT.', '43/57'],
      ['Karl Braun, opiekun klienta w SAP', 'Zapisane: Karl Braun (opiekun klienta w SAP)', '44/57'],
      ['3', 'Zapisane: 3/10', '45/57'],
      ['tak', 'Zapisane: Tak', '46/57 · Wartość, którą możemy dać'],
      ['pauza', 'Wstrzymałem plan Initech na 46/57', '[Dalej]'],
      ['wznów', 'Wracamy do planu Initech — byliśmy przy pytaniu 46 z 57.', '46/57'],
      ['obronić', 'Zapisane: Obronić — utrzymać to, co mamy, mimo działań konkurencji', '47/57'],
      ['koniec', 'Initech — podsumowanie planu', 'Odpowiedzi na 40 z 57 pytań (70%) · 1 pominięte · 1 nie wiadomo', 'Otwarte sprawy',
        'Kto jest naszym sponsorem u klienta', 'jeszcze bez osoby', 'Otwarta sprawa 1/1', 'Kto to ustali i do kiedy?'],
      ['właściciel ktoś, termin jutro', 'Nie znam nikogo o imieniu „ktos”', 'Otwarta sprawa 1/1'],
      ['właściciel ja, termin koniec stycznia', 'Anna Kowalska ustali to do 31 sty 2027.', 'Anna Kowalska, termin 31 sty 2027', 'Plan Initech jest zapisany.'],
      ['/account-plan initech', 'Wracamy do planu Initech — byliśmy przy pytaniu 34 z 57.', '34/57 · Co już wiemy'],
      ['Wdrożenie w 2023, jedna eskalacja w 2025.', '35/57'],
      ['3', 'Zapisane: 3/10', '36/57'],
      ['odeszła kluczowa osoba, brak zamówień', 'Zapisane: Brak zamówień dłużej niż zwykle, Odeszła kluczowa osoba kontaktowa', '37/57'],
      ['wizytówka', 'Zapisane: Wizytówka — znana marka, która otwiera kolejne drzwi', '47/57'],
      ['Automatyzacja wdrożeń.', '48/57'],
      ['Skrócenie czasu wdrożenia o 30%.', '49/57'],
      ['250 tys.', nb('Zapisane: 250 000 €'), '50/57'],
      ['5', 'Zapisane: Usługi, szkolenia lub wsparcie', '51/57'],
      ['nie', 'Zapisane: Nie', '52/57 · Czego jeszcze nie wiemy'],
      ['Kto zastąpi Petera Gibbsa?', 'Zapisane: Kto zastąpi Petera Gibbsa?', '53/57'],
      ['Anna Kowalska', 'Zapisane: Anna Kowalska', '54/57'],
      ['I kwartał 2027', 'Zapisane: 31 mar 2027', '55/57'],
      ['za 3 miesiące', 'Zapisane: 25 lut 2027', '56/57', 'W CRM: 3'],
      ['4', 'Zapisane: 4', '57/57'],
      ['tak, ale z planem ratunkowym', 'Zapisane: Tak — ale z planem ratunkowym', 'Initech — podsumowanie planu', 'Odpowiedzi na 55 z 57 pytań (96%) · 1 pominięte · 1 nie wiadomo',
        'Anna Kowalska, termin 31 sty 2027', 'Plan Initech jest zapisany.', '[Eksport (Markdown)] [Eksport (JSON)]', { not: 'Otwarta sprawa' }],
      ['jakie są potrzeby Initech?', 'Initech — Potrzeby, z planu klienta', 'Migracja do chmury do końca 2027.', 'plan klienta › needs.business_goals · Anna Kowalska (25 lis 2026)'],
      ['jak kompletny jest plan Initech?', 'Plan Initech jest gotowy w 96%: odpowiedzi na 55 z 57 pytań, 1 pominięte, 1 jako „nie wiem”'],
    ]);
  });

  it('exports the plan mid-way when asked in Polish, as a Markdown file', async () => {
    await app.say(anna, '/account-plan litware');
    await app.say(anna, 'Anna Kowalska, KAM');
    const [exported] = await app.replies(anna, 'eksport');
    expect(exported.attachment?.filename).toBe('account-plan-acc-litware-2026-11-25.md');
    expect(exported.attachment?.mimeType).toBe('text/markdown');
    expect(exported.attachment?.content).toContain('# Plan klienta: Litware Inc.');
    expect(exported.attachment?.content).toContain('### Kto po naszej stronie prowadzi relację z klientem?\n\nAnna Kowalska (KAM)\n\n_Anna Kowalska, 25 lis 2026_');
    expect(await app.say(anna, 'Jan Nowak, CFO, decydent')).toContain('Zapisane: Jan Nowak (CFO · decydent)');
  });
});
