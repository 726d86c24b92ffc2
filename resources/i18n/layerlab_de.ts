<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>LayerLab</name>
    <message>
      <source>Open profile…</source>
      <translation>Profil öffnen…</translation>
    </message>
    <message>
      <source>Save as classroom profile…</source>
      <translation>Als Klassenprofil speichern…</translation>
    </message>
    <message>
      <source>Remember my setup</source>
      <translation>Meine Einstellungen merken</translation>
    </message>
    <message>
      <source>Start next time with this setup and speed (not on a shared login)</source>
      <translation>Beim nächsten Start mit diesen Einstellungen und diesem Tempo beginnen (nicht bei einer gemeinsamen Anmeldung)</translation>
    </message>
    <message>
      <source>Guided lesson</source>
      <translation>Geführte Lektion</translation>
    </message>
    <message>
      <source>Next size</source>
      <translation>Nächste Größe</translation>
    </message>
    <message>
      <source>Open classroom profile</source>
      <translation>Klassenprofil öffnen</translation>
    </message>
    <message>
      <source>Fix the highlighted field first, then save the profile.</source>
      <translation>Korrigiere zuerst das markierte Feld und speichere dann das Profil.</translation>
    </message>
    <message>
      <source>Drop the rows with missing or non-finite values</source>
      <translation>Zeilen mit fehlenden oder nicht endlichen Werten entfernen</translation>
    </message>
    <message>
      <source>Open data</source>
      <translation>Daten öffnen</translation>
    </message>
    <message>
      <source>The file's first rows</source>
      <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>Gefundene Probleme</translation>
    </message>
    <message>
      <source>Load data</source>
      <translation>Daten laden</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Datei wählen…</translation>
    </message>
    <message>
      <source>What the network learns to predict.</source>
      <translation>Was das Netz vorhersagen lernt.</translation>
    </message>
    <message>
      <source>Choose the target column</source>
      <translation>Zielspalte wählen</translation>
    </message>
    <message>
      <source>Drop columns with a single value</source>
      <translation>Spalten mit nur einem Wert entfernen</translation>
    </message>
    <message>
      <source>Predict</source>
      <translation>Vorhersage</translation>
    </message>
    <message>
      <source>Target column</source>
      <translation>Zielspalte</translation>
    </message>
    <message>
      <source>Fixes</source>
      <translation>Korrekturen</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.tsv *.txt)</source>
      <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Checking the choice…</source>
      <translation>Auswahl wird geprüft…</translation>
    </message>
    <message>
      <source>The last column, '{name}', cannot be the target: {why}</source>
      <translation>Die letzte Spalte, '{name}', kann nicht das Ziel sein: {why}</translation>
    </message>
    <message>
      <source>Ready to load</source>
      <translation>Bereit zum Laden</translation>
    </message>
    <message>
      <source>Press Load data to train on it.</source>
      <translation>Drücke „Daten laden“, um damit zu trainieren.</translation>
    </message>
    <message>
      <source>This file cannot be loaded yet; the data in use stays.</source>
      <translation>Diese Datei kann noch nicht geladen werden; die aktuellen Daten bleiben.</translation>
    </message>
    <message>
      <source>Setting up the network for this data…</source>
      <translation>Das Netz wird für diese Daten eingerichtet…</translation>
    </message>
    <message>
      <source>The data in use stays; fix the file and try again.</source>
      <translation>Die aktuellen Daten bleiben; korrigiere die Datei und versuche es erneut.</translation>
    </message>
    <message>
      <source>Drop the row with missing or non-finite values</source>
      <translation>Die Zeile mit fehlenden oder nicht endlichen Werten entfernen</translation>
    </message>
    <message>
      <source>Drop the {n} rows with missing or non-finite values</source>
      <translation>Die {n} Zeilen mit fehlenden oder nicht endlichen Werten entfernen</translation>
    </message>
    <message>
      <source>numbers</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Load waits until the problems listed above are fixed.</source>
      <translation>Das Laden wartet, bis die oben genannten Probleme behoben sind.</translation>
    </message>
    <message>
      <source>None: the file can be loaded.</source>
      <translation>Keine: Die Datei kann geladen werden.</translation>
    </message>
    <message>
      <source>Open data (up to {mb} MB)</source>
      <translation>Daten öffnen (bis {mb} MB)</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>{name} wird gelesen…</translation>
    </message>
    <message>
      <source>{name}: {rows} data rows, {cols} columns (first {shown} shown)</source>
      <translation>{name}: {rows} Datenzeilen, {cols} Spalten (die ersten {shown} angezeigt)</translation>
    </message>
    <message>
      <source>Load waits: {first}</source>
      <translation>Laden wartet: {first}</translation>
    </message>
    <message>
      <source>There is no run to export yet.</source>
      <translation>Es gibt noch keinen Lauf zum Exportieren.</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}.</source>
      <translation>{name} in {folder} gespeichert.</translation>
    </message>
    <message>
      <source>Open data…</source>
      <translation>Daten öffnen…</translation>
    </message>
    <message>
      <source>Open session…</source>
      <translation>Sitzung öffnen…</translation>
    </message>
    <message>
      <source>Save session…</source>
      <translation>Sitzung speichern…</translation>
    </message>
    <message>
      <source>Images (*.png *.svg)</source>
      <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Print / save run report…</source>
      <translation>Laufbericht drucken / speichern…</translation>
    </message>
    <message>
      <source>Print run report…</source>
      <translation>Laufbericht drucken…</translation>
    </message>
    <message>
      <source>Print / save run report</source>
      <translation>Laufbericht drucken / speichern</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
      <source>Save session</source>
      <translation>Sitzung speichern</translation>
    </message>
    <message>
      <source>Open session</source>
      <translation>Sitzung öffnen</translation>
    </message>
    <message>
      <source>Opened the session saved at epoch {e}. {note}</source>
      <translation>Die in Epoche {e} gespeicherte Sitzung wurde geöffnet. {note}</translation>
    </message>
    <message>
      <source>Fixed by your teacher's profile</source>
      <translation>Vom Profil deiner Lehrkraft festgelegt</translation>
    </message>
    <message>
      <source>(fixed)</source>
      <translation>(festgelegt)</translation>
    </message>
    <message>
      <source>Save classroom profile</source>
      <translation>Klassenprofil speichern</translation>
    </message>
    <message>
      <source>Save as classroom profile</source>
      <translation>Als Klassenprofil speichern</translation>
    </message>
    <message>
      <source>The data, network and speed are saved as they are set now. Choose what students may change.</source>
      <translation>Daten, Netz und Tempo werden so gespeichert, wie sie jetzt eingestellt sind. Wähle, was die Lernenden ändern dürfen.</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>e.g. Year 10 computing</source>
      <translation>z. B. Informatik, 10. Klasse</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Font scale</source>
      <translation>Schriftgröße</translation>
    </message>
    <message>
      <source>Controls</source>
      <translation>Bedienelemente</translation>
    </message>
    <message>
      <source>students may change it</source>
      <translation>Lernende dürfen es ändern</translation>
    </message>
    <message>
      <source>locked (visible, fixed)</source>
      <translation>gesperrt (sichtbar, festgelegt)</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>ausgeblendet</translation>
    </message>
    <message>
      <source>Quiz questions (ticked ones are asked)</source>
      <translation>Quizfragen (angekreuzte werden gestellt)</translation>
    </message>
    <message>
      <source>Save your run?</source>
      <translation>Lauf speichern?</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>dem Schließen</translation>
    </message>
    <message>
      <source>A new lesson: the lesson's setup and a fresh run.</source>
      <translation>Eine neue Lektion: die Einstellungen der Lektion und ein frischer Lauf.</translation>
    </message>
    <message>
      <source>Your trained run (epoch {epoch}) is not saved. Save it as a session before {action}? Discard loses the run and the quiz answers.</source>
      <translation>Dein trainierter Lauf (Epoche {epoch}) ist nicht gespeichert. Vor {action} als Sitzung speichern? Verwerfen löscht den Lauf und die Quizantworten.</translation>
    </message>
    <message>
      <source>starting a new lesson</source>
      <translation>dem Start einer neuen Lektion</translation>
    </message>
    <message>
      <source>No epoch has finished yet: train the network to see the numbers.</source>
      <translation>Noch keine Epoche ist fertig: Trainiere das Netz, um die Zahlen zu sehen.</translation>
    </message>
    <message>
      <source>LayerLab run report</source>
      <translation>LayerLab-Laufbericht</translation>
    </message>
    <message>
      <source>Student: {name}</source>
      <translation>Schüler/in: {name}</translation>
    </message>
    <message>
      <source>none (logistic regression)</source>
      <translation>keine (logistische Regression)</translation>
    </message>
    <message>
      <source>Print run report</source>
      <translation>Laufbericht drucken</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Hidden layers</source>
      <translation>Verborgene Schichten</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>Optimierer</translation>
    </message>
    <message>
      <source>Epochs · seed</source>
      <translation>Epochen · Seed</translation>
    </message>
    <message>
      <source>Score: {score} of {total}</source>
      <translation>Punkte: {score} von {total}</translation>
    </message>
    <message>
      <source>Sent the report to {printer}.</source>
      <translation>Der Bericht wurde an {printer} gesendet.</translation>
    </message>
    <message>
      <source>{shown} of the {total} epochs, spread evenly; File → Export → Full history (CSV) has every epoch.</source>
      <translation>{shown} der {total} Epochen, gleichmäßig verteilt; Datei → Exportieren → Vollständiger Verlauf (CSV) enthält jede Epoche.</translation>
    </message>
    <message>
      <source>R² ↑</source>
      <translation>R² ↑</translation>
    </message>
    <message>
      <source>Val. loss ↓</source>
      <translation>Val.-Verlust ↓</translation>
    </message>
    <message>
      <source>Val. R² ↑</source>
      <translation>Val.-R² ↑</translation>
    </message>
    <message>
      <source>Val. MAE ↓</source>
      <translation>Val.-MAE ↓</translation>
    </message>
    <message>
      <source>Accuracy ↑</source>
      <translation>Genauigkeit ↑</translation>
    </message>
    <message>
      <source>Val. accuracy ↑</source>
      <translation>Val.-Genauigkeit ↑</translation>
    </message>
    <message>
      <source>Saved the report in {path}.</source>
      <translation>Der Bericht wurde in {path} gespeichert.</translation>
    </message>
    <message>
      <source>the printer</source>
      <translation>den Drucker</translation>
    </message>
    <message>
      <source>Configuration</source>
      <translation>Konfiguration</translation>
    </message>
    <message>
      <source>Training trace</source>
      <translation>Trainingsprotokoll</translation>
    </message>
    <message>
      <source>Key insight</source>
      <translation>Kernaussage</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <source>{train} for training, {val} for validation</source>
      <translation>{train} für das Training, {val} für die Validierung</translation>
    </message>
    <message>
      <source>{layers} · activation {activation}</source>
      <translation>{layers} · Aktivierung {activation}</translation>
    </message>
    <message>
      <source>{optimizer}, learning rate {lr:g}, batch size {batch}</source>
      <translation>{optimizer}, Lernrate {lr:g}, Batchgröße {batch}</translation>
    </message>
    <message>
      <source>No epoch has finished yet.</source>
      <translation>Noch keine Epoche ist fertig.</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <source>Loss ↓</source>
      <translation>Verlust ↓</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Beobachtung</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Ereignisse</translation>
    </message>
    <message>
      <source>The quiz was not taken in this session.</source>
      <translation>Das Quiz wurde in dieser Sitzung nicht gemacht.</translation>
    </message>
    <message>
      <source>Training curves</source>
      <translation>Trainingskurven</translation>
    </message>
    <message>
      <source>answered: {answer}</source>
      <translation>Antwort: {answer}</translation>
    </message>
    <message>
      <source>; right: {answer}</source>
      <translation>; richtig: {answer}</translation>
    </message>
    <message>
      <source>Saved the session at epoch {e} to {path}.</source>
      <translation>Die Sitzung wurde in Epoche {e} unter {path} gespeichert.</translation>
    </message>
    <message>
      <source>Student's name…</source>
      <translation>Name der Schülerin / des Schülers…</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Dein Name</translation>
    </message>
    <message>
      <source>Your name, as it should be printed on the run report:</source>
      <translation>Dein Name, wie er auf dem Laufbericht stehen soll:</translation>
    </message>
    <message>
      <source>First and last name</source>
      <translation>Vor- und Nachname</translation>
    </message>
    <message>
      <source>The name was not kept: {why}.</source>
      <translation>Der Name wurde nicht übernommen: {why}.</translation>
    </message>
    <message>
      <source>The {name} rate must be a number such as 0.001 (0 for none).</source>
      <translation>Die {name}-Rate muss eine Zahl wie 0.001 sein (0 für keine).</translation>
    </message>
    <message>
      <source>The {name} rate must be from 0 to {most:g}.</source>
      <translation>Die {name}-Rate muss zwischen 0 und {most:g} liegen.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>From slow motion to as fast as possible</source>
      <translation>Von Zeitlupe bis so schnell wie möglich</translation>
    </message>
    <message>
      <source>Training speed</source>
      <translation>Trainingstempo</translation>
    </message>
    <message>
      <source>New data: the points were drawn again from data seed {d}; the network starts from the same weights (seed {s}).</source>
      <translation>Neue Daten: Die Punkte wurden mit dem Daten-Seed {d} neu gezogen; das Netz beginnt mit denselben Gewichten (Seed {s}).</translation>
    </message>
    <message>
      <source>Penalties and stopping</source>
      <translation>Strafterme und Stoppen</translation>
    </message>
    <message>
      <source>Stop early</source>
      <translation>Früh stoppen</translation>
    </message>
    <message>
      <source>Restore the best weights</source>
      <translation>Die besten Gewichte wiederherstellen</translation>
    </message>
    <message>
      <source>L1 rate</source>
      <translation>L1-Rate</translation>
    </message>
    <message>
      <source>L2 rate</source>
      <translation>L2-Rate</translation>
    </message>
    <message>
      <source>Patience</source>
      <translation>Geduld</translation>
    </message>
    <message>
      <source>Playground (2-D data)</source>
      <translation>Spielwiese (2-D-Daten)</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Neu erzeugen</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>Rauschen</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Aufteilung</translation>
    </message>
    <message>
      <source>Extra inputs</source>
      <translation>Zusätzliche Eingaben</translation>
    </message>
    <message>
      <source>{n}% of the data's spread</source>
      <translation>{n}% der Streuung der Daten</translation>
    </message>
    <message>
      <source>{t}% training · {v}% validation</source>
      <translation>{t}% Training · {v}% Validierung</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Step epoch</source>
      <translation>Epochenschritt</translation>
    </message>
    <message>
      <source>Step batch</source>
      <translation>Batchschritt</translation>
    </message>
    <message>
      <source>Step sample</source>
      <translation>Beispielschritt</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Take the quiz</source>
      <translation>Quiz machen</translation>
    </message>
    <message>
      <source>Setup ▸</source>
      <translation>Einstellungen ▸</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Setup ◂</source>
      <translation>Einstellungen ◂</translation>
    </message>
    <message>
      <source>Network and data</source>
      <translation>Netz und Daten</translation>
    </message>
    <message>
      <source>per layer…</source>
      <translation>je Schicht…</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>Aktivierung</translation>
    </message>
    <message>
      <source>Epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Batchgröße</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <source>Activation heatmaps per layer</source>
      <translation>Aktivierungs-Heatmaps je Schicht</translation>
    </message>
    <message>
      <source>Hover a cell to read its value.</source>
      <translation>Zeige auf eine Zelle, um ihren Wert zu lesen.</translation>
    </message>
    <message>
      <source>live</source>
      <translation>live</translation>
    </message>
    <message>
      <source>from the past</source>
      <translation>aus der Vergangenheit</translation>
    </message>
    <message>
      <source>Normalized</source>
      <translation>Normalisiert</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b} ({when}) · {n} validation examples</source>
      <translation>Epoche {e}, Batch {b} ({when}) · {n} Validierungsbeispiele</translation>
    </message>
    <message>
      <source>dead ReLU units (✕): {dead}</source>
      <translation>tote ReLU-Einheiten (✕): {dead}</translation>
    </message>
    <message>
      <source>sorted by class, {first} on top, {last} at the bottom</source>
      <translation>nach Klasse sortiert, {first} oben, {last} unten</translation>
    </message>
    <message>
      <source>Raw input</source>
      <translation>Roheingabe</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <source>Output p</source>
      <translation>Ausgabe p</translation>
    </message>
    <message>
      <source>Layer {k}: {d} ✕</source>
      <translation>Schicht {k}: {d} ✕</translation>
    </message>
    <message>
      <source>validation row {r} ({c})</source>
      <translation>Validierungszeile {r} ({c})</translation>
    </message>
    <message>
      <source>output (standard deviations)</source>
      <translation>Ausgabe (Standardabweichungen)</translation>
    </message>
    <message>
      <source>(colours scaled within each column)</source>
      <translation>(Farben innerhalb jeder Spalte skaliert)</translation>
    </message>
    <message>
      <source>features</source>
      <translation>Merkmale</translation>
    </message>
    <message>
      <source>layer {k} units</source>
      <translation>Einheiten von Schicht {k}</translation>
    </message>
    <message>
      <source>sorted by {target}, smallest on top</source>
      <translation>nach {target} sortiert, kleinste oben</translation>
    </message>
    <message>
      <source>{c0} on top, {c1} below</source>
      <translation>{c0} oben, {c1} unten</translation>
    </message>
    <message>
      <source>feature {name}</source>
      <translation>Merkmal {name}</translation>
    </message>
    <message>
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>output p</source>
      <translation>Ausgabe p</translation>
    </message>
    <message>
      <source>P({name})</source>
      <translation>P({name})</translation>
    </message>
    <message>
      <source>layer {k}, unit {u}</source>
      <translation>Schicht {k}, Einheit {u}</translation>
    </message>
    <message>
      <source>Gradients per layer</source>
      <translation>Gradienten je Schicht</translation>
    </message>
    <message>
      <source>‖gradient‖ per layer</source>
      <translation>‖Gradient‖ je Schicht</translation>
    </message>
    <message>
      <source>‖gradient‖ over the run</source>
      <translation>‖Gradient‖ im Verlauf des Laufs</translation>
    </message>
    <message>
      <source>batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <source>output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <source>The run is over. Its last batch (epoch {e}, batch {b}) at the final weights: loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>Der Lauf ist beendet. Sein letzter Batch (Epoche {e}, Batch {b}) mit den endgültigen Gewichten: Verlust {loss:.4f}; ‖Gradient‖: {norms}.</translation>
    </message>
    <message>
      <source>Next batch (epoch {e}, batch {b}): loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>Nächster Batch (Epoche {e}, Batch {b}): Verlust {loss:.4f}; ‖Gradient‖: {norms}.</translation>
    </message>
    <message>
      <source>layer {k}</source>
      <translation>Schicht {k}</translation>
    </message>
    <message>
      <source>No batch has been trained yet.</source>
      <translation>Es wurde noch kein Batch trainiert.</translation>
    </message>
    <message>
      <source>dW of {name}</source>
      <translation>dW von {name}</translation>
    </message>
    <message>
      <source>Last update ‖ΔW‖/‖W‖: {r}.</source>
      <translation>Letzte Änderung ‖ΔW‖/‖W‖: {r}.</translation>
    </message>
    <message>
      <source>Step one sample stage</source>
      <translation>Eine Stufe mit einem Beispiel gehen</translation>
    </message>
    <message>
      <source>Back to the live run</source>
      <translation>Zurück zum laufenden Training</translation>
    </message>
    <message>
      <source>Activations</source>
      <translation>Aktivierungen</translation>
    </message>
    <message>
      <source>Prediction trace</source>
      <translation>Vorhersage-Spur</translation>
    </message>
    <message>
      <source>Backward pass</source>
      <translation>Rückwärtsdurchlauf</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Gewichte</translation>
    </message>
    <message>
      <source>Step sample {i}/{n}, training row {row}:</source>
      <translation>Beispielschritt {i}/{n}, Trainingszeile {row}:</translation>
    </message>
    <message>
      <source>(The core trained on a different batch than shown.)</source>
      <translation>(Der Kern hat mit einem anderen Batch trainiert als angezeigt.)</translation>
    </message>
    <message>
      <source>The loss is −log of the probability given to the true class {name}: −log {p} = {loss}.</source>
      <translation>Der Verlust ist −log der Wahrscheinlichkeit, die der richtigen Klasse {name} gegeben wird: −log {p} = {loss}.</translation>
    </message>
    <message>
      <source>The loss is the squared error in standard deviations of the target: ({z} − {y})² = {loss}.</source>
      <translation>Der Verlust ist der quadrierte Fehler in Standardabweichungen des Zielwerts: ({z} − {y})² = {loss}.</translation>
    </message>
    <message>
      <source>The {k} output units' sums go through softmax into {k} probabilities that add up to 1; the largest, {p}, is for {name}.</source>
      <translation>Die Summen der {k} Ausgabeeinheiten werden durch Softmax zu {k} Wahrscheinlichkeiten, die zusammen 1 ergeben; die größte, {p}, gehört zu {name}.</translation>
    </message>
    <message>
      <source>loss = {v:.3f}</source>
      <translation>Verlust = {v:.3f}</translation>
    </message>
    <message>
      <source>The output unit adds up the last layer's features into one number, the prediction: {value} (the target is {target}).</source>
      <translation>Die Ausgabeeinheit addiert die Merkmale der letzten Schicht zu einer einzigen Zahl, der Vorhersage: {value} (der Zielwert ist {target}).</translation>
    </message>
    <message>
      <source>Click a unit to see how it computes its value.</source>
      <translation>Klicke auf eine Einheit, um zu sehen, wie sie ihren Wert berechnet.</translation>
    </message>
    <message>
      <source>unit {u} of layer {k}</source>
      <translation>Einheit {u} von Schicht {k}</translation>
    </message>
    <message>
      <source>Output unit</source>
      <translation>Ausgabeeinheit</translation>
    </message>
    <message>
      <source>{where} on validation row {row} ({act})</source>
      <translation>{where} bei Validierungszeile {row} ({act})</translation>
    </message>
    <message>
      <source>z = Σ wᵢ·xᵢ + b, largest terms first:</source>
      <translation>z = Σ wᵢ·xᵢ + b, die größten Terme zuerst:</translation>
    </message>
    <message>
      <source>Output unit {u}</source>
      <translation>Ausgabeeinheit {u}</translation>
    </message>
    <message>
      <source>bias b</source>
      <translation>Bias b</translation>
    </message>
    <message>
      <source>Layer {k}, unit {u}</source>
      <translation>Schicht {k}, Einheit {u}</translation>
    </message>
    <message>
      <source>a is in standard deviations of the target: {value} in its units</source>
      <translation>a ist in Standardabweichungen des Zielwerts angegeben: {value} in seinen Einheiten</translation>
    </message>
    <message>
      <source>the other {n} terms</source>
      <translation>die übrigen {n} Terme</translation>
    </message>
    <message>
      <source>validation row </source>
      <translation>Validierungszeile </translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Zurück</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Weiter ▶</translation>
    </message>
    <message>
      <source>First Hidden Layer</source>
      <translation>Erste verborgene Schicht</translation>
    </message>
    <message>
      <source>Second Hidden Layer</source>
      <translation>Zweite verborgene Schicht</translation>
    </message>
    <message>
      <source>Input (normalized)</source>
      <translation>Eingabe (normalisiert)</translation>
    </message>
    <message>
      <source>p, the probability of class 1 (dashed: 0.5)</source>
      <translation>p, die Wahrscheinlichkeit für Klasse 1 (gestrichelt: 0,5)</translation>
    </message>
    <message>
      <source>Output Layer</source>
      <translation>Ausgabeschicht</translation>
    </message>
    <message>
      <source>each class's probability (outlined: the true class)</source>
      <translation>Wahrscheinlichkeit jeder Klasse (umrandet: die richtige Klasse)</translation>
    </message>
    <message>
      <source>right</source>
      <translation>richtig</translation>
    </message>
    <message>
      <source>wrong</source>
      <translation>falsch</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: p = {p:.3f} → predicted {pred}; true {true} ({mark})</source>
      <translation>Epoche {e}, Batch {b}: p = {p:.3f} → vorhergesagt {pred}; richtig wäre {true} ({mark})</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>feature</source>
      <translation>Merkmal</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: predicted {target} = {value}; true {target} = {true} (off by {off})</source>
      <translation>Epoche {e}, Batch {b}: Vorhersage für {target} = {value}; tatsächlicher Wert für {target} = {true} (Abweichung {off})</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: predicted {pred} (p = {p:.3f}); true {true} (p = {p_true:.3f}) ({mark})</source>
      <translation>Epoche {e}, Batch {b}: vorhergesagt {pred} (p = {p:.3f}); richtig wäre {true} (p = {p_true:.3f}) ({mark})</translation>
    </message>
    <message>
      <source>predicted {target} (dashed: the true value)</source>
      <translation>{target} (vorhergesagt; gestrichelt: der tatsächliche Wert)</translation>
    </message>
    <message>
      <source>Hidden Layer {k}</source>
      <translation>Verborgene Schicht {k}</translation>
    </message>
    <message>
      <source>Moment of the run</source>
      <translation>Zeitpunkt des Laufs</translation>
    </message>
    <message>
      <source>Drag, or click a point, to see the run after any batch</source>
      <translation>Ziehe oder klicke auf einen Punkt, um den Lauf nach einem beliebigen Batch zu sehen</translation>
    </message>
    <message>
      <source>Back to live</source>
      <translation>Zurück zu live</translation>
    </message>
    <message>
      <source>past</source>
      <translation>vergangen</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Zeit:</translation>
    </message>
    <message>
      <source>epoch {e}, batch {b} (step {s}, {when}) · {k} kept</source>
      <translation>Epoche {e}, Batch {b} (Schritt {s}, {when}) · {k} gespeichert</translation>
    </message>
    <message>
      <source>Weights, their change and biases</source>
      <translation>Gewichte, ihre Änderung und Biases</translation>
    </message>
    <message>
      <source>the last batch</source>
      <translation>den letzten Batch</translation>
    </message>
    <message>
      <source>the last {n} batches</source>
      <translation>die letzten {n} Batches</translation>
    </message>
    <message>
      <source>ΔW since the step before</source>
      <translation>ΔW seit dem vorherigen Schritt</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}. Top: weights (rows: inputs, columns: units; blue negative, red positive). Middle: change over {span}. Bottom: biases.</source>
      <translation>Epoche {e}, Batch {b}. Oben: Gewichte (Zeilen: Eingaben, Spalten: Einheiten; blau negativ, rot positiv). Mitte: Änderung über {span}. Unten: Biases.</translation>
    </message>
    <message>
      <source>{what} of layer {k}: input {i} → unit {u} = {v:.4g}</source>
      <translation>{what} von Schicht {k}: Eingabe {i} → Einheit {u} = {v:.4g}</translation>
    </message>
    <message>
      <source>W of {name}</source>
      <translation>W von {name}</translation>
    </message>
    <message>
      <source>b of {name}</source>
      <translation>b von {name}</translation>
    </message>
    <message>
      <source>Decision boundary</source>
      <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
      <source>P(class 1)</source>
      <translation>P(Klasse 1)</translation>
    </message>
    <message>
      <source>the dots are the data's rows</source>
      <translation>die Punkte sind die Zeilen der Daten</translation>
    </message>
    <message>
      <source>the dots are real people</source>
      <translation>die Punkte sind echte Personen</translation>
    </message>
    <message>
      <source>the dots are rows of the data ({description})</source>
      <translation>die Punkte sind Zeilen der Daten ({description})</translation>
    </message>
    <message>
      <source>Show validation points</source>
      <translation>Validierungspunkte zeigen</translation>
    </message>
    <message>
      <source>Discretize output</source>
      <translation>Ausgabe diskretisieren</translation>
    </message>
    <message>
      <source>Horizontal:</source>
      <translation>Waagerecht:</translation>
    </message>
    <message>
      <source>Vertical:</source>
      <translation>Senkrecht:</translation>
    </message>
    <message>
      <source>Before training</source>
      <translation>Vor dem Training</translation>
    </message>
    <message>
      <source>predicted {target}</source>
      <translation>{target} (vorhergesagt)</translation>
    </message>
    <message>
      <source>Colour: the network's probability of class 1 at each point; the black line is where it is exactly 0.5, its decision boundary.</source>
      <translation>Farbe: die Wahrscheinlichkeit des Netzes für Klasse 1 an jedem Punkt; die schwarze Linie liegt dort, wo sie genau 0,5 ist: seine Entscheidungsgrenze.</translation>
    </message>
    <message>
      <source>Colour: the class the network predicts at each point, paler where it is less sure; the black lines are the borders between classes.</source>
      <translation>Farbe: die Klasse, die das Netz an jedem Punkt vorhersagt, blasser, wo es sich weniger sicher ist; die schwarzen Linien sind die Grenzen zwischen den Klassen.</translation>
    </message>
    <message>
      <source>Colour: the number the network predicts at each point; the dots are coloured by their true value, so a dot that disappears into its background is predicted well.</source>
      <translation>Farbe: die Zahl, die das Netz an jedem Punkt vorhersagt; die Punkte sind nach ihrem tatsächlichen Wert gefärbt, ein Punkt, der in seinem Hintergrund verschwindet, wird also gut vorhergesagt.</translation>
    </message>
    <message>
      <source>Every other feature is held at its median over the training rows; {dots}, whose other features vary.</source>
      <translation>Jedes andere Merkmal wird auf seinem Median über die Trainingszeilen gehalten; {dots}, deren andere Merkmale variieren.</translation>
    </message>
    <message>
      <source>After epoch {e} of {n}</source>
      <translation>Nach Epoche {e} von {n}</translation>
    </message>
    <message>
      <source>Validation accuracy by depth</source>
      <translation>Validierungsgenauigkeit nach Tiefe</translation>
    </message>
    <message>
      <source>epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <source>accuracy (mean over seeds)</source>
      <translation>Genauigkeit (Mittel über die Seeds)</translation>
    </message>
    <message>
      <source>Validation accuracy ↑</source>
      <translation>Validierungsgenauigkeit ↑</translation>
    </message>
    <message>
      <source>Validation R² ↑</source>
      <translation>Validierungs-R² ↑</translation>
    </message>
    <message>
      <source>R² (mean over seeds)</source>
      <translation>R² (Mittel über die Seeds)</translation>
    </message>
    <message>
      <source>Median over the seeds of the first epoch whose validation accuracy reached 90% of that run's own best.</source>
      <translation>Median über die Seeds der ersten Epoche, in der die Validierungsgenauigkeit 90 % des eigenen Bestwerts dieses Laufs erreichte.</translation>
    </message>
    <message>
      <source>solved exactly</source>
      <translation>exakt gelöst</translation>
    </message>
    <message>
      <source>converged (Newton)</source>
      <translation>konvergiert (Newton)</translation>
    </message>
    <message>
      <source>Compare depths</source>
      <translation>Tiefen vergleichen</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>seeds: </source>
      <translation>Seeds: </translation>
    </message>
    <message>
      <source>Press “Compare depths” to train the networks.</source>
      <translation>Drücke „Tiefen vergleichen“, um die Netze zu trainieren.</translation>
    </message>
    <message>
      <source>No hidden layer is fitted to convergence with Newton's method.</source>
      <translation>Ohne verborgene Schicht wird mit dem Newton-Verfahren bis zur Konvergenz angepasst.</translation>
    </message>
    <message>
      <source>Median over the seeds of the first epoch whose validation R² reached 90% of that run's own best; a run whose best R² is 0 or below (never better than predicting the mean) never gets there.</source>
      <translation>Median über die Seeds der ersten Epoche, in der das Validierungs-R² 90 % des eigenen Bestwerts dieses Laufs erreichte; ein Lauf, dessen bestes R² 0 oder darunter ist (nie besser, als den Mittelwert vorherzusagen), kommt nie dorthin.</translation>
    </message>
    <message>
      <source>Training the networks…</source>
      <translation>Die Netze werden trainiert…</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): ● class 0, ▼ class 1; colour is the probability of class 1, the black line its 0.5 boundary.</source>
      <translation>Was jedes Netz auf der Ebene antwortet (erster Seed): ● Klasse 0, ▼ Klasse 1; die Farbe ist die Wahrscheinlichkeit für Klasse 1, die schwarze Linie ihre 0,5-Grenze.</translation>
    </message>
    <message>
      <source>How many seeds each network is trained on (its own data split </source>
      <translation>Mit wie vielen Seeds jedes Netz trainiert wird (eigene Datenaufteilung </translation>
    </message>
    <message>
      <source>and starting weights per seed).</source>
      <translation>und Startgewichte je Seed).</translation>
    </message>
    <message>
      <source>Trains on “{data}”, each seed with its own split and starting weights: {names}.</source>
      <translation>Trainiert mit „{data}“, jeder Seed mit eigener Aufteilung und eigenen Startgewichten: {names}.</translation>
    </message>
    <message>
      <source>Stopped before the end; press again.</source>
      <translation>Vor dem Ende gestoppt; drücke noch einmal.</translation>
    </message>
    <message>
      <source>No hidden layer (one straight-line score per class under a softmax) is fitted to convergence with Newton's method; every network is scored by validation accuracy.</source>
      <translation>Ohne verborgene Schicht (je Klasse ein Wert aus einer geraden Linie, unter einem Softmax) wird mit dem Newton-Verfahren bis zur Konvergenz angepasst; jedes Netz wird nach seiner Validierungsgenauigkeit bewertet.</translation>
    </message>
    <message>
      <source>No hidden layer (a linear function of the inputs) is fitted by least squares, solved exactly; every network is scored by validation R² (1 is perfect, 0 is always predicting the mean).</source>
      <translation>Ohne verborgene Schicht (eine lineare Funktion der Eingaben) wird mit kleinsten Quadraten exakt angepasst; jedes Netz wird nach seinem Validierungs-R² bewertet (1 ist perfekt, 0 heißt immer den Mittelwert vorhersagen).</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): colour is the class it predicts, paler where it is less sure; the black lines are the borders between classes.</source>
      <translation>Was jedes Netz auf der Ebene antwortet (erster Seed): Die Farbe ist die Klasse, die es vorhersagt, blasser, wo es sich weniger sicher ist; die schwarzen Linien sind die Grenzen zwischen den Klassen.</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): colour is the number it predicts; the dots are coloured by their true value.</source>
      <translation>Was jedes Netz auf der Ebene antwortet (erster Seed): Die Farbe ist die Zahl, die es vorhersagt; die Punkte sind nach ihrem tatsächlichen Wert gefärbt.</translation>
    </message>
    <message>
      <source>(deep: {n})</source>
      <translation>(tief: {n})</translation>
    </message>
    <message>
      <source>Validation rows right</source>
      <translation>Richtige Validierungszeilen</translation>
    </message>
    <message>
      <source>Each score is a logistic regression fitted to convergence on the training rows' values at that layer, counted on the validation rows.</source>
      <translation>Jeder Wert stammt von einer logistischen Regression, die auf den Werten der Trainingszeilen in dieser Schicht bis zur Konvergenz angepasst und auf den Validierungszeilen gezählt wurde.</translation>
    </message>
    <message>
      <source>the network's own answer</source>
      <translation>die eigene Antwort des Netzes</translation>
    </message>
    <message>
      <source>The network's own answer is its one sigmoid output: class 1 when it is above 0.5.</source>
      <translation>Die eigene Antwort des Netzes ist seine eine Sigmoid-Ausgabe: Klasse 1, wenn sie über 0.5 liegt.</translation>
    </message>
    <message>
      <source>r is how closely a unit's activation follows the label on the validation rows (−1 to +1); the weights say what the unit is built from.</source>
      <translation>r gibt an, wie eng die Aktivierung einer Einheit dem Label auf den Validierungszeilen folgt (−1 bis +1); die Gewichte zeigen, woraus die Einheit aufgebaut ist.</translation>
    </message>
    <message>
      <source>Train the network to see how its layers separate the classes.</source>
      <translation>Trainiere das Netz, um zu sehen, wie seine Schichten die Klassen trennen.</translation>
    </message>
    <message>
      <source>Variation explained (validation R²)</source>
      <translation>Erklärte Variation (Validierungs-R²)</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Spalten</translation>
    </message>
    <message>
      <source>Each score is one logistic regression per class (that class or not), fitted to convergence on the training rows' values at that layer; a validation row goes to the class that scores highest.</source>
      <translation>Jeder Wert stammt von einer logistischen Regression je Klasse (diese Klasse oder nicht), die auf den Werten der Trainingszeilen in dieser Schicht bis zur Konvergenz angepasst wurde; eine Validierungszeile geht an die Klasse mit dem höchsten Wert.</translation>
    </message>
    <message>
      <source>the network's own answer (its predicted number)</source>
      <translation>die eigene Antwort des Netzes (seine vorhergesagte Zahl)</translation>
    </message>
    <message>
      <source>The network's own answer is its one linear output, turned back into the target's units (× the training rows' standard deviation, + their mean); its score is the validation R² as a percentage.</source>
      <translation>Die eigene Antwort des Netzes ist seine eine lineare Ausgabe, zurückgerechnet in die Einheiten des Zielwerts (× Standardabweichung der Trainingszeilen, + ihr Mittelwert); ihr Wert ist das Validierungs-R² in Prozent.</translation>
    </message>
    <message>
      <source>raw measurements</source>
      <translation>Rohmesswerte</translation>
    </message>
    <message>
      <source>normalized inputs</source>
      <translation>normalisierte Eingaben</translation>
    </message>
    <message>
      <source>Each score is the best linear fit (least squares) of the target on the training rows' values at that layer: the share of the validation rows' variation it explains (R² as a percentage).</source>
      <translation>Jeder Wert ist die beste lineare Anpassung (kleinste Quadrate) des Zielwerts an die Werte der Trainingszeilen in dieser Schicht: der Anteil der Variation der Validierungszeilen, den sie erklärt (R² in Prozent).</translation>
    </message>
    <message>
      <source>layer {k}'s patterns</source>
      <translation>Muster von Schicht {k}</translation>
    </message>
    <message>
      <source>the network's own answer ({k} class probabilities)</source>
      <translation>die eigene Antwort des Netzes ({k} Klassenwahrscheinlichkeiten)</translation>
    </message>
    <message>
      <source>The network's own answer is its {k} softmax outputs, one probability per class; a row counts as right when the largest is its class.</source>
      <translation>Die eigene Antwort des Netzes sind seine {k} Softmax-Ausgaben, eine Wahrscheinlichkeit je Klasse; eine Zeile zählt als richtig, wenn die größte zu ihrer Klasse gehört.</translation>
    </message>
    <message>
      <source>Layer {k} ({w} units): strongest |r| = {r:.2f}</source>
      <translation>Schicht {k} ({w} Einheiten): stärkstes |r| = {r:.2f}</translation>
    </message>
    <message>
      <source>The layers' numbers could not be computed: {why}</source>
      <translation>Die Werte der Schichten konnten nicht berechnet werden: {why}</translation>
    </message>
    <message>
      <source>A straight line through each layer</source>
      <translation>Eine gerade Linie durch jede Schicht</translation>
    </message>
    <message>
      <source>Step by step: this run</source>
      <translation>Schritt für Schritt: dieser Lauf</translation>
    </message>
    <message>
      <source>Units that follow the label</source>
      <translation>Einheiten, die dem Label folgen</translation>
    </message>
    <message>
      <source>This network has no hidden layer: it weighs the inputs once and cannot build patterns. Add hidden layers (e.g. 64, 32) to see them form.</source>
      <translation>Dieses Netz hat keine verborgene Schicht: Es gewichtet die Eingaben einmal und kann keine Muster bilden. Füge verborgene Schichten hinzu (z. B. 64, 32), um zu sehen, wie sie entstehen.</translation>
    </message>
    <message>
      <source>No epoch has finished: the units still have their random starting weights.</source>
      <translation>Noch keine Epoche ist fertig: Die Einheiten haben noch ihre zufälligen Startgewichte.</translation>
    </message>
    <message>
      <source>Shallow against deep</source>
      <translation>Flach gegen tief</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Go on without doing this step</source>
      <translation>Ohne diesen Schritt weitermachen</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
      <source>End lesson</source>
      <translation>Lektion beenden</translation>
    </message>
    <message>
      <source>Close the lesson; your run stays as it is</source>
      <translation>Lektion schließen; dein Lauf bleibt, wie er ist</translation>
    </message>
    <message>
      <source>Step {i}: look here</source>
      <translation>Schritt {i}: Schau hier</translation>
    </message>
    <message>
      <source>Open this box</source>
      <translation>Dieses Feld öffnen</translation>
    </message>
    <message>
      <source>Step one sample</source>
      <translation>Ein Beispiel weiter</translation>
    </message>
    <message>
      <source>Step one epoch</source>
      <translation>Eine Epoche weiter</translation>
    </message>
    <message>
      <source>Show this tab</source>
      <translation>Diesen Reiter zeigen</translation>
    </message>
    <message>
      <source>Step {i} of {n}</source>
      <translation>Schritt {i} von {n}</translation>
    </message>
    <message>
      <source>Done: {hint}</source>
      <translation>Erledigt: {hint}</translation>
    </message>
    <message>
      <source>Next: {hint}</source>
      <translation>Als Nächstes: {hint}</translation>
    </message>
    <message>
      <source>Key insight with this run's evidence</source>
      <translation>Kernaussage mit den Belegen dieses Laufs</translation>
    </message>
    <message>
      <source>Compare depths (train shallow and deep)</source>
      <translation>Tiefen vergleichen (flach und tief trainieren)</translation>
    </message>
    <message>
      <source>Results on the validation rows</source>
      <translation>Ergebnisse auf den Validierungszeilen</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Patterns</source>
      <translation>Muster</translation>
    </message>
    <message>
      <source>About your run</source>
      <translation>Über deinen Lauf</translation>
    </message>
    <message>
      <source>Keys: 1–4 or A–D to answer, Enter to go on</source>
      <translation>Tasten: 1–4 oder A–D zum Antworten, Enter zum Weitermachen</translation>
    </message>
    <message>
      <source>Stage: data</source>
      <translation>Stufe: Daten</translation>
    </message>
    <message>
      <source>Stage: normalization</source>
      <translation>Stufe: Normalisierung</translation>
    </message>
    <message>
      <source>Stage: hidden layers</source>
      <translation>Stufe: verborgene Schichten</translation>
    </message>
    <message>
      <source>Stage: output and sigmoid</source>
      <translation>Stufe: Ausgabe und Sigmoid</translation>
    </message>
    <message>
      <source>Stage: loss and training</source>
      <translation>Stufe: Verlust und Training</translation>
    </message>
    <message>
      <source>Stage: depth</source>
      <translation>Stufe: Tiefe</translation>
    </message>
    <message>
      <source>✓ Correct!</source>
      <translation>✓ Richtig!</translation>
    </message>
    <message>
      <source>✗ Not quite.</source>
      <translation>✗ Nicht ganz.</translation>
    </message>
    <message>
      <source>See my score</source>
      <translation>Mein Ergebnis zeigen</translation>
    </message>
    <message>
      <source>Next question</source>
      <translation>Nächste Frage</translation>
    </message>
    <message>
      <source>LayerLab quiz: {0}</source>
      <translation>LayerLab-Quiz: {0}</translation>
    </message>
    <message>
      <source>Question {0} of {1}</source>
      <translation>Frage {0} von {1}</translation>
    </message>
    <message>
      <source>your answer: right</source>
      <translation>deine Antwort: richtig</translation>
    </message>
    <message>
      <source>right answer</source>
      <translation>richtige Antwort</translation>
    </message>
    <message>
      <source>You chose {0}: {1}

The right answer is {2}: “{3}”. {4}</source>
      <translation>Du hast {0} gewählt: {1}

Die richtige Antwort ist {2}: „{3}“. {4}</translation>
    </message>
    <message>
      <source>your answer: wrong</source>
      <translation>deine Antwort: falsch</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>This question bank has no questions for the data in use: its questions are marked for other data sets (their "datasets" key).</source>
      <translation>Dieser Fragenkatalog hat keine Fragen für die aktuellen Daten: Seine Fragen sind für andere Datensätze markiert (ihr Schlüssel "datasets").</translation>
    </message>
    <message>
      <source>No questions for this data</source>
      <translation>Keine Fragen für diese Daten</translation>
    </message>
    <message>
      <source>Excellent: every answer right!</source>
      <translation>Ausgezeichnet: alle Antworten richtig!</translation>
    </message>
    <message>
      <source>Retake: {0} new questions</source>
      <translation>Wiederholen: {0} neue Fragen</translation>
    </message>
    <message>
      <source>Retake: all {0} questions</source>
      <translation>Wiederholen: alle {0} Fragen</translation>
    </message>
    <message>
      <source>You scored {0} out of {1}</source>
      <translation>Du hast {0} von {1} Punkten erreicht</translation>
    </message>
    <message>
      <source>Good work. Read why below for the ones you missed.</source>
      <translation>Gut gemacht. Lies unten die Erklärungen zu den Fragen, die du verfehlt hast.</translation>
    </message>
    <message>
      <source>Read the right answers below, then try a new set of questions.</source>
      <translation>Lies unten die richtigen Antworten und versuche dann neue Fragen.</translation>
    </message>
    <message>
      <source>Your answer: {0}</source>
      <translation>Deine Antwort: {0}</translation>
    </message>
    <message>
      <source>Right answer: {0}</source>
      <translation>Richtige Antwort: {0}</translation>
    </message>
    <message>
      <source>Confusion matrix</source>
      <translation>Konfusionsmatrix</translation>
    </message>
    <message>
      <source>true class</source>
      <translation>richtige Klasse</translation>
    </message>
    <message>
      <source>predicted class</source>
      <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
      <source>share right</source>
      <translation>Anteil richtig</translation>
    </message>
    <message>
      <source>Residual plots</source>
      <translation>Residuendiagramme</translation>
    </message>
    <message>
      <source>residual</source>
      <translation>Residuum</translation>
    </message>
    <message>
      <source>The validation rows are scored once training starts.</source>
      <translation>Die Validierungszeilen werden bewertet, sobald das Training beginnt.</translation>
    </message>
    <message>
      <source>Predicted against true</source>
      <translation>Vorhergesagt gegen tatsächlich</translation>
    </message>
    <message>
      <source>Residual (true − predicted) against predicted</source>
      <translation>Residuum (tatsächlich − vorhergesagt) gegen vorhergesagt</translation>
    </message>
    <message>
      <source>true {target}</source>
      <translation>{target} (tatsächlich)</translation>
    </message>
    <message>
      <source>Dead unit: it outputs 0 on every training row, so no gradient reaches its weights and it cannot learn again.</source>
      <translation>Tote Einheit: Sie gibt auf jeder Trainingszeile 0 aus, daher erreicht kein Gradient ihre Gewichte und sie kann nicht mehr lernen.</translation>
    </message>
    <message>
      <source>w = {w:+.4f} (click while paused to change it)</source>
      <translation>w = {w:+.4f} (im Pausenzustand klicken, um es zu ändern)</translation>
    </message>
    <message>
      <source>On {example}: z = Σ wᵢ·xᵢ + b, largest terms first:</source>
      <translation>Für {example}: z = Σ wᵢ·xᵢ + b, die größten Terme zuerst:</translation>
    </message>
    <message>
      <source>output: P(class 1)</source>
      <translation>Ausgabe: P(Klasse 1)</translation>
    </message>
    <message>
      <source>dark = 0, bright = the unit's largest value</source>
      <translation>dunkel = 0, hell = größter Wert der Einheit</translation>
    </message>
    <message>
      <source>blue &lt; 0 &lt; red, white = 0</source>
      <translation>blau &lt; 0 &lt; rot, weiß = 0</translation>
    </message>
    <message>
      <source>Each unit's strongest incoming edges by |w|</source>
      <translation>Die stärksten eingehenden Kanten jeder Einheit nach |w|</translation>
    </message>
    <message>
      <source>Most relied-on first</source>
      <translation>Die wichtigsten zuerst</translation>
    </message>
    <message>
      <source>Most relied-on first (top left of each layer): how far the output's logit moves when the unit varies as it does over the training rows</source>
      <translation>Die wichtigsten zuerst (oben links in jeder Schicht): wie weit sich der Logit der Ausgabe bewegt, wenn die Einheit so schwankt wie über die Trainingszeilen</translation>
    </message>
    <message>
      <source>The validation row the hover card computes</source>
      <translation>Die Validierungszeile, die die Hover-Karte berechnet</translation>
    </message>
    <message>
      <source>Click an edge while paused to change its weight.</source>
      <translation>Klicke im Pausenzustand auf eine Kante, um ihr Gewicht zu ändern.</translation>
    </message>
    <message>
      <source>output: P(each class)</source>
      <translation>Ausgabe: P(jede Klasse)</translation>
    </message>
    <message>
      <source>P(class 1) over the plane: blue = 0, white = 0.5, vermillion = 1</source>
      <translation>P(Klasse 1) über der Ebene: blau = 0, weiß = 0,5, zinnoberrot = 1</translation>
    </message>
    <message>
      <source>the output's logit moves</source>
      <translation>sich der Logit der Ausgabe bewegt</translation>
    </message>
    <message>
      <source>Output unit {u}: P({name})</source>
      <translation>Ausgabeeinheit {u}: P({name})</translation>
    </message>
    <message>
      <source>Output unit: P(class 1)</source>
      <translation>Ausgabeeinheit: P(Klasse 1)</translation>
    </message>
    <message>
      <source>Change a weight</source>
      <translation>Ein Gewicht ändern</translation>
    </message>
    <message>
      <source>Pause training to change a weight.</source>
      <translation>Pausiere das Training, um ein Gewicht zu ändern.</translation>
    </message>
    <message>
      <source>Edges per unit:</source>
      <translation>Kanten pro Einheit:</translation>
    </message>
    <message>
      <source>Example row:</source>
      <translation>Beispielzeile:</translation>
    </message>
    <message>
      <source>Horizontal (→):</source>
      <translation>Waagerecht (→):</translation>
    </message>
    <message>
      <source>Vertical (↑):</source>
      <translation>Senkrecht (↑):</translation>
    </message>
    <message>
      <source>Most relied-on first (top left of each layer): how far {what} when the unit varies as it does over the training rows</source>
      <translation>Die wichtigsten zuerst (oben links in jeder Schicht): wie weit {what}, wenn die Einheit so schwankt wie über die Trainingszeilen</translation>
    </message>
    <message>
      <source>Picture from {lo:.3g} to {hi:.3g}</source>
      <translation>Bild von {lo:.3g} bis {hi:.3g}</translation>
    </message>
    <message>
      <source>validation row {row}</source>
      <translation>Validierungszeile {row}</translation>
    </message>
    <message>
      <source>This is a past moment: press Back to live to change a weight.</source>
      <translation>Das ist ein vergangener Moment: Drücke „Zurück zu live“, um ein Gewicht zu ändern.</translation>
    </message>
    <message>
      <source>{n} inputs</source>
      <translation>{n} Eingaben</translation>
    </message>
    <message>
      <source>layer {k}: {n} {act}</source>
      <translation>Schicht {k}: {n} {act}</translation>
    </message>
    <message>
      <source>output: predicted {target}</source>
      <translation>Ausgabe: {target} (vorhergesagt)</translation>
    </message>
    <message>
      <source>the class logits move (each against their mean, summed over the classes)</source>
      <translation>sich die Logits der Klassen bewegen (jeder gegenüber ihrem Mittelwert, über die Klassen summiert)</translation>
    </message>
    <message>
      <source>the predicted number moves</source>
      <translation>sich die vorhergesagte Zahl bewegt</translation>
    </message>
    <message>
      <source> Output: one picture per class, P(that class), from white (0) to the class's colour (1).</source>
      <translation> Ausgabe: ein Bild je Klasse, P(diese Klasse), von weiß (0) bis zur Farbe der Klasse (1).</translation>
    </message>
    <message>
      <source>The pictures could not be computed: {p}</source>
      <translation>Die Bilder konnten nicht berechnet werden: {p}</translation>
    </message>
    <message>
      <source>Layer {k}, unit {u} (reliance {r:.3g})</source>
      <translation>Schicht {k}, Einheit {u} (Bedeutung {r:.3g})</translation>
    </message>
    <message>
      <source>&lt;br&gt;a is in standard deviations of {target}: {a:+.4f} × {std:.4g} + {mean:.4g} = &lt;b&gt;{v:.4g}&lt;/b&gt;</source>
      <translation>&lt;br&gt;a ist in Standardabweichungen von {target} angegeben: {a:+.4f} × {std:.4g} + {mean:.4g} = &lt;b&gt;{v:.4g}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>New weight (now {w:+.4f}):</source>
      <translation>Neues Gewicht (jetzt {w:+.4f}):</translation>
    </message>
    <message>
      <source>Weight {s} → {t} of layer {k} set to {v:+.4f}; every picture and the decision boundary now use it.</source>
      <translation>Gewicht {s} → {t} von Schicht {k} auf {v:+.4f} gesetzt; alle Bilder und die Entscheidungsgrenze verwenden es jetzt.</translation>
    </message>
    <message>
      <source>Predicted {target} over the plane: dark blue = {low:.3g}, yellow = {high:.3g} (the training rows' range; beyond it, the end colours)</source>
      <translation>Vorhersage für {target} über der Ebene: dunkelblau = {low:.3g}, gelb = {high:.3g} (der Bereich der Trainingszeilen; darüber hinaus die Endfarben)</translation>
    </message>
    <message>
      <source>{magnitude} where the layer's activation is never below 0, else {signed}</source>
      <translation>{magnitude}, wo die Aktivierung der Schicht nie unter 0 liegt, sonst {signed}</translation>
    </message>
    <message>
      <source>Each picture: what the unit outputs over the plane of the two inputs marked → and ↑ ({colours}); the others at their median. Edges: red solid w &gt; 0, blue dashed w &lt; 0, thicker = larger |w|. A crossed-out unit is dead.</source>
      <translation>Jedes Bild: was die Einheit über der Ebene der beiden mit → und ↑ markierten Eingaben ausgibt ({colours}); die übrigen auf ihrem Median. Kanten: rot durchgezogen w &gt; 0, blau gestrichelt w &lt; 0, dicker = größeres |w|. Eine durchgestrichene Einheit ist tot.</translation>
    </message>
    <message>
      <source>Output unit: predicted {target}</source>
      <translation>Ausgabeeinheit: {target} (vorhergesagt)</translation>
    </message>
    <message>
      <source>P({name}) over the plane: white = 0, full colour = 1</source>
      <translation>P({name}) über der Ebene: weiß = 0, volle Farbe = 1</translation>
    </message>
    <message>
      <source> Output: the predicted {target} in its own units, dark blue (low) to yellow (high); hover it for the range.</source>
      <translation> Ausgabe: die Vorhersage für {target} in seinen eigenen Einheiten, von dunkelblau (niedrig) bis gelb (hoch); zeige darauf, um den Bereich zu sehen.</translation>
    </message>
    <message>
      <source>Colour: the true {target}, {low:.3g} {strip} {high:.3g}</source>
      <translation>Farbe: {target} (tatsächlich), {low:.3g} {strip} {high:.3g}</translation>
    </message>
    <message>
      <source>The network, every unit drawn as its picture</source>
      <translation>Das Netz, jede Einheit als ihr Bild gezeichnet</translation>
    </message>
    <message>
      <source>The classes untangling, layer by layer</source>
      <translation>Die Klassen entwirren sich, Schicht für Schicht</translation>
    </message>
    <message>
      <source>Pieces of the plane (ReLU on 2-D data)</source>
      <translation>Stücke der Ebene (ReLU auf 2-D-Daten)</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <source>Untangling</source>
      <translation>Entwirren</translation>
    </message>
    <message>
      <source>Pieces of the plane</source>
      <translation>Stücke der Ebene</translation>
    </message>
    <message>
      <source>With the linear activation every layer is a straight (linear) map, so the whole network is one linear piece: there is nothing to cut. Choose ReLU to see the pieces.</source>
      <translation>Mit der linearen Aktivierung ist jede Schicht eine gerade (lineare) Abbildung, das ganze Netz ist also ein einziges lineares Stück: Es gibt nichts zu zerschneiden. Wähle ReLU, um die Stücke zu sehen.</translation>
    </message>
    <message>
      <source>1 piece</source>
      <translation>1 Stück</translation>
    </message>
    <message>
      <source>after 1 epoch</source>
      <translation>nach 1 Epoche</translation>
    </message>
    <message>
      <source>before training</source>
      <translation>vor dem Training</translation>
    </message>
    <message>
      <source>The deep network cuts this window of the plane into more pieces than one wide layer with the same parameter count ({d:,} against {w:,})</source>
      <translation>Das tiefe Netz zerschneidet diesen Ausschnitt der Ebene in mehr Stücke als eine breite Schicht mit gleich vielen Parametern ({d:,} gegenüber {w:,})</translation>
    </message>
    <message>
      <source>Pieces exist only for ReLU networks: a ReLU unit is either off or passes its sum on, so wherever no unit switches, the network is one straight (linear) function. {title} bends smoothly everywhere, so there are no flat pieces to count. Choose ReLU to see them.</source>
      <translation>Stücke gibt es nur bei ReLU-Netzen: Eine ReLU-Einheit ist entweder aus oder gibt ihre Summe weiter, wo also keine Einheit umschaltet, ist das Netz eine einzige gerade (lineare) Funktion. {title} krümmt sich überall gleichmäßig, daher gibt es keine flachen Stücke zu zählen. Wähle ReLU, um sie zu sehen.</translation>
    </message>
    <message>
      <source>{name}, {p:,} parameters: {pieces}</source>
      <translation>{name}, {p:,} Parameter: {pieces}</translation>
    </message>
    <message>
      <source>One wide layer with the same parameter count cuts this window of the plane into more pieces than the deep network ({w:,} against {d:,})</source>
      <translation>Eine breite Schicht mit gleich vielen Parametern zerschneidet diesen Ausschnitt der Ebene in mehr Stücke als das tiefe Netz ({w:,} gegenüber {d:,})</translation>
    </message>
    <message>
      <source>Both networks cut this window of the plane into {d:,} pieces</source>
      <translation>Beide Netze zerschneiden diesen Ausschnitt der Ebene in {d:,} Stücke</translation>
    </message>
    <message>
      <source>The network</source>
      <translation>Das Netz</translation>
    </message>
    <message>
      <source>One wide layer</source>
      <translation>Eine breite Schicht</translation>
    </message>
    <message>
      <source>Train a network to see the pieces it cuts the plane into.</source>
      <translation>Trainiere ein Netz, um die Stücke zu sehen, in die es die Ebene zerschneidet.</translation>
    </message>
    <message>
      <source> or </source>
      <translation> oder </translation>
    </message>
    <message>
      <source>Pieces of the plane need data with exactly two measurements, so that every point of the plane is an input the network answers; the {name} data has {n}. Choose one of the 2-D datasets: {names}.</source>
      <translation>Stücke der Ebene brauchen Daten mit genau zwei Messwerten, damit jeder Punkt der Ebene eine Eingabe ist, auf die das Netz antwortet; die Daten {name} haben {n}. Wähle einen der 2-D-Datensätze: {names}.</translation>
    </message>
    <message>
      <source>{n:,} pieces</source>
      <translation>{n:,} Stücke</translation>
    </message>
    <message>
      <source>after {e} epochs</source>
      <translation>nach {e} Epochen</translation>
    </message>
    <message>
      <source>Right: one hidden layer with the same parameter count, trained the same way (same data, seed, optimizer, learning rate and batch size), after as many finished epochs.</source>
      <translation>Rechts: eine verborgene Schicht mit gleich vielen Parametern, gleich trainiert (gleiche Daten, gleicher Seed, Optimierer, gleiche Lernrate und Batchgröße), nach ebenso vielen fertigen Epochen.</translation>
    </message>
    <message>
      <source>The dots are the data's rows. {key}.</source>
      <translation>Die Punkte sind die Zeilen der Daten. {key}.</translation>
    </message>
    <message>
      <source>With {n} hidden layer there is no deep network to set against one wide layer: give it two or more hidden layers (the lesson's 64, 32) to compare depth with width at the same parameter count.</source>
      <translation>Mit {n} verborgenen Schicht gibt es kein tiefes Netz, das man einer breiten Schicht gegenüberstellen könnte: Gib ihm zwei oder mehr verborgene Schichten (die 64, 32 der Lektion), um Tiefe und Breite bei gleich vielen Parametern zu vergleichen.</translation>
    </message>
    <message>
      <source>Each colour is one piece: a region where the same ReLU units are on, so the network is one straight (linear) function there; dark lines are the borders where a unit switches. Counted on a {n} × {n} grid of the window drawn (a piece thinner than the grid can be missed). Blue circles and vermillion triangles are the data's two classes.</source>
      <translation>Jede Farbe ist ein Stück: ein Bereich, in dem dieselben ReLU-Einheiten an sind, sodass das Netz dort eine einzige gerade (lineare) Funktion ist; dunkle Linien sind die Grenzen, an denen eine Einheit umschaltet. Gezählt auf einem {n} × {n}-Raster des gezeigten Ausschnitts (ein Stück, das schmaler als das Raster ist, kann fehlen). Blaue Kreise und zinnoberrote Dreiecke sind die beiden Klassen der Daten.</translation>
    </message>
    <message>
      <source>Each colour is one piece: a region where the same ReLU units are on, so the network is one straight (linear) function there; dark lines are the borders where a unit switches. Counted on a {n} × {n} grid of the window drawn (a piece thinner than the grid can be missed).</source>
      <translation>Jede Farbe ist ein Stück: ein Bereich, in dem dieselben ReLU-Einheiten an sind, sodass das Netz dort eine einzige gerade (lineare) Funktion ist; dunkle Linien sind die Grenzen, an denen eine Einheit umschaltet. Gezählt auf einem {n} × {n}-Raster des gezeigten Ausschnitts (ein Stück, das schmaler als das Raster ist, kann fehlen).</translation>
    </message>
    <message>
      <source>The dots are the data's {k} classes: {key}.</source>
      <translation>Die Punkte sind die {k} Klassen der Daten: {key}.</translation>
    </message>
    <message>
      <source>The network: {name}</source>
      <translation>Das Netz: {name}</translation>
    </message>
    <message>
      <source>one</source>
      <translation>einer</translation>
    </message>
    <message>
      <source>no</source>
      <translation>keiner</translation>
    </message>
    <message>
      <source>The pieces could not be computed: {why}</source>
      <translation>Die Stücke konnten nicht berechnet werden: {why}</translation>
    </message>
    <message>
      <source>One wide layer: {n} units</source>
      <translation>Eine breite Schicht: {n} Einheiten</translation>
    </message>
    <message>
      <source>The wide network's training stopped after epoch {w} (its loss diverged), so it is shown after epoch {w}, the deep one after epoch {d}.</source>
      <translation>Das Training des breiten Netzes endete nach Epoche {w} (sein Verlust divergierte), daher wird es nach Epoche {w} gezeigt, das tiefe nach Epoche {d}.</translation>
    </message>
    <message>
      <source>Output: P(class 1)</source>
      <translation>Ausgabe: P(Klasse 1)</translation>
    </message>
    <message>
      <source>1 unit</source>
      <translation>1 Einheit</translation>
    </message>
    <message>
      <source>Layer {k} ({units})</source>
      <translation>Schicht {k} ({units})</translation>
    </message>
    <message>
      <source>Inputs ({n} measurements)</source>
      <translation>Eingaben ({n} Messwerte)</translation>
    </message>
    <message>
      <source>Output: the {n} class probabilities</source>
      <translation>Ausgabe: die {n} Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
      <source>Output: predicted against true {target}</source>
      <translation>Ausgabe: {target}, vorhergesagt gegen tatsächlich</translation>
    </message>
    <message>
      <source>{n} units</source>
      <translation>{n} Einheiten</translation>
    </message>
    <message>
      <source>rows, spread out</source>
      <translation>Zeilen, auseinandergezogen</translation>
    </message>
    <message>
      <source>the unit's value</source>
      <translation>Wert der Einheit</translation>
    </message>
    <message>
      <source>true {t}</source>
      <translation>{t} (tatsächlich)</translation>
    </message>
    <message>
      <source>predicted {t}</source>
      <translation>{t} (vorhergesagt)</translation>
    </message>
    <message>
      <source>A straight line through this layer gets {p}% right.</source>
      <translation>Eine gerade Linie durch diese Schicht trifft {p}% richtig.</translation>
    </message>
    <message>
      <source>The network's predictions explain none of the variation of these rows: R² is {p}%, worse than always predicting the training mean.</source>
      <translation>Die Vorhersagen des Netzes erklären nichts von der Variation dieser Zeilen: R² ist {p}%, schlechter, als immer den Trainingsmittelwert vorherzusagen.</translation>
    </message>
    <message>
      <source>A straight-line fit through this layer explains none of the variation: R² is {p}%, worse than always predicting the training mean.</source>
      <translation>Eine lineare Anpassung durch diese Schicht erklärt nichts von der Variation: R² ist {p}%, schlechter, als immer den Trainingsmittelwert vorherzusagen.</translation>
    </message>
    <message>
      <source>The network's answer (P &gt; 0.5) gets {p}% of these rows right.</source>
      <translation>Die Antwort des Netzes (P &gt; 0.5) trifft {p}% dieser Zeilen richtig.</translation>
    </message>
    <message>
      <source> (the moment the time scrubber shows)</source>
      <translation> (der Moment, den der Zeitregler zeigt)</translation>
    </message>
    <message>
      <source>Train the network to see how its layers lay out the rows.</source>
      <translation>Trainiere das Netz, um zu sehen, wie seine Schichten die Zeilen anordnen.</translation>
    </message>
    <message>
      <source>Train the network to see its layers untangle the classes.</source>
      <translation>Trainiere das Netz, um zu sehen, wie seine Schichten die Klassen entwirren.</translation>
    </message>
    <message>
      <source>The layers' pictures could not be computed: {why}</source>
      <translation>Die Bilder der Schichten konnten nicht berechnet werden: {why}</translation>
    </message>
    <message>
      <source>A straight-line (one-vs-rest) classifier through this layer gets {p}% right.</source>
      <translation>Ein Klassifikator aus geraden Linien (eine Klasse gegen den Rest) durch diese Schicht trifft {p}% richtig.</translation>
    </message>
    <message>
      <source>A straight-line fit through this layer explains {p}% of the variation (R²).</source>
      <translation>Eine lineare Anpassung durch diese Schicht erklärt {p}% der Variation (R²).</translation>
    </message>
    <message>
      <source>The network's answer (its most probable class) gets {p}% of these rows right.</source>
      <translation>Die Antwort des Netzes (seine wahrscheinlichste Klasse) trifft {p}% dieser Zeilen richtig.</translation>
    </message>
    <message>
      <source>The network's predictions explain {p}% of the variation of these rows (R²); on the dashed line they would be exact.</source>
      <translation>Die Vorhersagen des Netzes erklären {p}% der Variation dieser Zeilen (R²); auf der gestrichelten Linie wären sie exakt.</translation>
    </message>
    <message>
      <source>The validation rows as each layer sees them, flattened onto the plane in which they spread most (PCA, a straight-on view: a straight line that separates the classes stays straight; a layer of two is drawn as it is). Blue circles: {c0}; vermillion triangles: {c1}. Under each panel, how many of these rows a straight line through that layer's values gets right (fitted on the training rows).</source>
      <translation>Die Validierungszeilen, wie jede Schicht sie sieht, auf die Ebene abgebildet, in der sie am weitesten streuen (PCA, ein gerader Blick: Eine gerade Linie, die die Klassen trennt, bleibt gerade; eine Schicht aus zwei Einheiten wird so gezeichnet, wie sie ist). Blaue Kreise: {c0}; zinnoberrote Dreiecke: {c1}. Unter jedem Feld steht, wie viele dieser Zeilen eine gerade Linie durch die Werte dieser Schicht richtig trifft (an den Trainingszeilen angepasst).</translation>
    </message>
    <message>
      <source>This plane shows {s}% of its spread.</source>
      <translation>Diese Ebene zeigt {s}% ihrer Streuung.</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}</source>
      <translation>Epoche {e}, Batch {b}</translation>
    </message>
    <message>
      <source>The validation rows as each layer sees them, flattened onto the plane in which they spread most (PCA, a straight-on view: a straight line that separates the classes stays straight; a layer of two is drawn as it is). Each class has its own colour and symbol (below); the output panel is the {k} class probabilities flattened the same way. Under each panel, how many of these rows straight lines through that layer's values get right (one line per class against the rest, fitted on the training rows).</source>
      <translation>Die Validierungszeilen, wie jede Schicht sie sieht, auf die Ebene abgebildet, in der sie am weitesten streuen (PCA, ein gerader Blick: Eine gerade Linie, die die Klassen trennt, bleibt gerade; eine Schicht aus zwei Einheiten wird so gezeichnet, wie sie ist). Jede Klasse hat ihre eigene Farbe und ihr eigenes Symbol (unten); das Ausgabefeld zeigt die {k} Klassenwahrscheinlichkeiten, auf dieselbe Weise abgebildet. Unter jedem Feld steht, wie viele dieser Zeilen gerade Linien durch die Werte dieser Schicht richtig treffen (eine Linie je Klasse gegen den Rest, an den Trainingszeilen angepasst).</translation>
    </message>
    <message>
      <source>The validation rows as each layer sees them, flattened onto the plane in which they spread most (PCA; a layer of two is drawn as it is), coloured by their true {target}. The output panel plots the predicted {target} against the true one. Under each panel, how much of the variation of {target} a straight-line fit of that layer's values explains (R², fitted on the training rows).</source>
      <translation>Die Validierungszeilen, wie jede Schicht sie sieht, auf die Ebene abgebildet, in der sie am weitesten streuen (PCA; eine Schicht aus zwei Einheiten wird so gezeichnet, wie sie ist), gefärbt nach ihrem tatsächlichen Wert von {target}. Das Ausgabefeld zeigt die Vorhersage für {target} gegen den tatsächlichen Wert. Unter jedem Feld steht, wie viel der Variation von {target} eine lineare Anpassung an die Werte dieser Schicht erklärt (R², an den Trainingszeilen angepasst).</translation>
    </message>
    <message>
      <source>while setting up the run</source>
      <translation>beim Einrichten des Laufs</translation>
    </message>
    <message>
      <source>while training</source>
      <translation>beim Trainieren</translation>
    </message>
    <message>
      <source>while walking through an example</source>
      <translation>beim Durchgehen eines Beispiels</translation>
    </message>
    <message>
      <source>while drawing the views inside the epoch</source>
      <translation>beim Zeichnen der Ansichten innerhalb der Epoche</translation>
    </message>
    <message>
      <source>while drawing a past moment</source>
      <translation>beim Zeichnen eines vergangenen Moments</translation>
    </message>
    <message>
      <source>while tracing an example</source>
      <translation>beim Verfolgen eines Beispiels</translation>
    </message>
    <message>
      <source>while editing a weight</source>
      <translation>beim Ändern eines Gewichts</translation>
    </message>
    <message>
      <source>while stopping the run</source>
      <translation>beim Anhalten des Laufs</translation>
    </message>
    <message>
      <source>while measuring the gradients of the run</source>
      <translation>beim Messen der Gradienten des Laufs</translation>
    </message>
    <message>
      <source>The lesson's default setup was started instead.</source>
      <translation>Stattdessen wurde die Standardeinstellung der Lektion gestartet.</translation>
    </message>
    <message>
      <source>Something went wrong {doing}: {error}</source>
      <translation>Etwas ist schiefgegangen {doing}: {error}</translation>
    </message>
    <message>
      <source>There is not enough memory {doing}. Use fewer units or fewer rows.</source>
      <translation>Es ist nicht genug Speicher da {doing}. Nimm weniger Einheiten oder weniger Zeilen.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Training</source>
      <translation>&amp;Training</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Learn</source>
      <translation>&amp;Lernen</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Projector mode</source>
      <translation>Projektormodus</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>(not available now)</source>
      <translation>(gerade nicht verfügbar)</translation>
    </message>
    <message>
      <source>Pipeline diagram</source>
      <translation>Pipeline-Diagramm</translation>
    </message>
    <message>
      <source>{title}: click for details</source>
      <translation>{title}: für Details klicken</translation>
    </message>
    <message>
      <source>in</source>
      <translation>ein</translation>
    </message>
    <message>
      <source>out</source>
      <translation>aus</translation>
    </message>
    <message>
      <source>Layer {k}</source>
      <translation>Schicht {k}</translation>
    </message>
    <message>
      <source>{n:,} weights and biases</source>
      <translation>{n:,} Gewichte und Biases</translation>
    </message>
    <message>
      <source>Normal size (1×)</source>
      <translation>Normale Größe (1×)</translation>
    </message>
    <message>
      <source>Projector, large (1.5×)</source>
      <translation>Projektor, groß (1,5×)</translation>
    </message>
    <message>
      <source>Projector, extra large (2×)</source>
      <translation>Projektor, sehr groß (2×)</translation>
    </message>
    <message>
      <source>sigmoid squashes the sum into the range 0 to 1, read as the probability of class 1; above 0.5 the answer is class 1.</source>
      <translation>Sigmoid staucht die Summe in den Bereich 0 bis 1, gelesen als Wahrscheinlichkeit für Klasse 1; über 0.5 lautet die Antwort Klasse 1.</translation>
    </message>
    <message>
      <source>Double-click a validation row (V) to follow it in Prediction trace</source>
      <translation>Doppelklicke auf eine Validierungszeile (V), um ihr in der Vorhersage-Spur zu folgen</translation>
    </message>
    <message>
      <source>Raw data</source>
      <translation>Rohdaten</translation>
    </message>
    <message>
      <source>Normalized (0–1)</source>
      <translation>Normalisiert (0–1)</translation>
    </message>
    <message>
      <source>Feature ranges</source>
      <translation>Wertebereiche der Merkmale</translation>
    </message>
    <message>
      <source>linear: the output is the weighted sum itself, nothing squashes it, so it can be any number: the prediction.</source>
      <translation>linear: Die Ausgabe ist die gewichtete Summe selbst, nichts staucht sie, sie kann also jede Zahl sein: die Vorhersage.</translation>
    </message>
    <message>
      <source>Back to the target's units</source>
      <translation>Zurück in die Einheiten des Zielwerts</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Einheiten</translation>
    </message>
    <message>
      <source>Inputs per unit</source>
      <translation>Eingaben je Einheit</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>Formel</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <source>binary cross-entropy: −log of the probability given to the row's true class.</source>
      <translation>binäre Kreuzentropie: −log der Wahrscheinlichkeit, die der richtigen Klasse der Zeile gegeben wird.</translation>
    </message>
    <message>
      <source>The network learns {target} standardized with the training rows: (y − mean) / std, with mean {mean} and standard deviation {std}, so it works with numbers near 0 whatever the target's units. Its output is turned back with ŷ = output × {std} + {mean}: an output of 0 predicts the mean, {mean}, and an output of 1 predicts one standard deviation above it, {above}.</source>
      <translation>Das Netz lernt {target}, standardisiert mit den Trainingszeilen: (y − Mittelwert) / Standardabweichung, mit Mittelwert {mean} und Standardabweichung {std}; so arbeitet es mit Zahlen nahe 0, egal in welchen Einheiten der Zielwert steht. Seine Ausgabe wird mit ŷ = Ausgabe × {std} + {mean} zurückgerechnet: Eine Ausgabe von 0 sagt den Mittelwert {mean} vorher, eine Ausgabe von 1 eine Standardabweichung darüber, {above}.</translation>
    </message>
    <message>
      <source>Stage: {title}</source>
      <translation>Stufe: {title}</translation>
    </message>
    <message>
      <source>raw minimum</source>
      <translation>Rohminimum</translation>
    </message>
    <message>
      <source>raw maximum</source>
      <translation>Rohmaximum</translation>
    </message>
    <message>
      <source>Weights now</source>
      <translation>Gewichte jetzt</translation>
    </message>
    <message>
      <source>softmax turns the {k} scores (one per class) into {k} probabilities that add up to 1; the class with the largest probability is the network's answer.</source>
      <translation>Softmax macht aus den {k} Werten (einer je Klasse) {k} Wahrscheinlichkeiten, die zusammen 1 ergeben; die Klasse mit der größten Wahrscheinlichkeit ist die Antwort des Netzes.</translation>
    </message>
    <message>
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <source>p_j = e^(z_j) / (e^(z_1) + … + e^(z_k)): e^z makes every score positive (a larger score, a much larger number), and dividing by their sum makes the k numbers add up to 1, so each is a probability.</source>
      <translation>p_j = e^(z_j) / (e^(z_1) + … + e^(z_k)): e^z macht jeden Wert positiv (ein größerer Wert ergibt eine viel größere Zahl), und die Division durch ihre Summe sorgt dafür, dass die k Zahlen zusammen 1 ergeben; jede ist also eine Wahrscheinlichkeit.</translation>
    </message>
    <message>
      <source>cross-entropy: −log of the probability given to the row's true class (0 when it is 1, large when it is near 0).</source>
      <translation>Kreuzentropie: −log der Wahrscheinlichkeit, die der richtigen Klasse der Zeile gegeben wird (0, wenn sie 1 ist, groß, wenn sie nahe 0 ist).</translation>
    </message>
    <message>
      <source>mean squared error in standard deviations: 1.0 is what always predicting the training mean scores on the training rows.</source>
      <translation>mittlerer quadratischer Fehler in Standardabweichungen: 1.0 erreicht man auf den Trainingszeilen, wenn man immer den Trainingsmittelwert vorhersagt.</translation>
    </message>
    <message>
      <source>{w:,} weights + {b} biases = {n:,}</source>
      <translation>{w:,} Gewichte + {b} Biases = {n:,}</translation>
    </message>
    <message>
      <source>mean |w| {mean:.3f}, largest |w| {big:.3f}, bias from {lo:.3f} to {hi:.3f} (after {steps} updates)</source>
      <translation>mittleres |w| {mean:.3f}, größtes |w| {big:.3f}, Bias von {lo:.3f} bis {hi:.3f} (nach {steps} Änderungen)</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>basic patterns</source>
      <translation>einfache Muster</translation>
    </message>
    <message>
      <source>complex patterns</source>
      <translation>komplexe Muster</translation>
    </message>
    <message>
      <source>fine-tuning</source>
      <translation>Feinabstimmung</translation>
    </message>
    <message>
      <source>converged</source>
      <translation>konvergiert</translation>
    </message>
    <message>
      <source>Training trace, one row per epoch</source>
      <translation>Trainingsprotokoll, eine Zeile je Epoche</translation>
    </message>
    <message>
      <source>Loss and accuracy curves</source>
      <translation>Verlust- und Genauigkeitskurven</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <source>training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>validation</source>
      <translation>Validierung</translation>
    </message>
    <message>
      <source>loss per batch</source>
      <translation>Verlust je Batch</translation>
    </message>
    <message>
      <source>R² (1 = perfect, 0 = the mean)</source>
      <translation>R² (1 = perfekt, 0 = Mittelwert)</translation>
    </message>
    <message>
      <source>epoch {e}: loss {loss} (validation {val})</source>
      <translation>Epoche {e}: Verlust {loss} (Validierung {val})</translation>
    </message>
    <message>
      <source>LayerLab training curves</source>
      <translation>LayerLab-Trainingskurven</translation>
    </message>
    <message>
      <source>, R² {r2} (validation {val})</source>
      <translation>, R² {r2} (Validierung {val})</translation>
    </message>
    <message>
      <source>, MAE {mae} (validation {val})</source>
      <translation>, MAE {mae} (Validierung {val})</translation>
    </message>
    <message>
      <source>, accuracy {a} (validation {val})</source>
      <translation>, Genauigkeit {a} (Validierung {val})</translation>
    </message>
    <message>
      <source>LayerLab — why deep networks learn complex patterns</source>
      <translation>LayerLab – warum tiefe Netze komplexe Muster lernen</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>bereit</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>pausiert</translation>
    </message>
    <message>
      <source>predicting the training mean (R² 0)</source>
      <translation>den Trainingsmittelwert vorhersagen (R² 0)</translation>
    </message>
    <message>
      <source>no validation score yet</source>
      <translation>noch kein Validierungswert</translation>
    </message>
    <message>
      <source>After the rollback: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Nach dem Zurücksetzen: {acc:.0%} der Validierungszeilen richtig; {chance}</translation>
    </message>
    <message>
      <source>Now: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Jetzt: {acc:.0%} der Validierungszeilen richtig; {chance}</translation>
    </message>
    <message>
      <source>Now: {scores}</source>
      <translation>Jetzt: {scores}</translation>
    </message>
    <message>
      <source>Epoch {e}/{n}</source>
      <translation>Epoche {e}/{n}</translation>
    </message>
    <message>
      <source>batch {b}/{bn}</source>
      <translation>Batch {b}/{bn}</translation>
    </message>
    <message>
      <source>{t:.1f} s</source>
      <translation>{t:.1f} s</translation>
    </message>
    <message>
      <source>After the rollback: {scores}</source>
      <translation>Nach dem Zurücksetzen: {scores}</translation>
    </message>
    <message>
      <source>To beat: {chance}</source>
      <translation>Zu schlagen: {chance}</translation>
    </message>
    <message>
      <source>Now: {text}</source>
      <translation>Jetzt: {text}</translation>
    </message>
    <message>
      <source>{r:,.0f} examples/s</source>
      <translation>{r:,.0f} Beispiele/s</translation>
    </message>
    <message>
      <source>validation R² {r2:.2f}</source>
      <translation>Validierungs-R² {r2:.2f}</translation>
    </message>
    <message>
      <source>mean absolute error {mae}</source>
      <translation>mittlerer absoluter Fehler {mae}</translation>
    </message>
    <message>
      <source>Moving around</source>
      <translation>Bewegen</translation>
    </message>
    <message>
      <source>Go to the next / previous control</source>
      <translation>Zum nächsten / vorherigen Bedienelement</translation>
    </message>
    <message>
      <source>Press the focused button, open a stage box</source>
      <translation>Den ausgewählten Knopf drücken, ein Stufenfeld öffnen</translation>
    </message>
    <message>
      <source>In the pipeline diagram: go to the next box</source>
      <translation>Im Pipeline-Diagramm: zum nächsten Feld</translation>
    </message>
    <message>
      <source>In a list, field or slider: change the value</source>
      <translation>In einer Liste, einem Feld oder Schieberegler: den Wert ändern</translation>
    </message>
    <message>
      <source>In the guided lesson: back / next</source>
      <translation>In der geführten Lektion: zurück / weiter</translation>
    </message>
    <message>
      <source>Choose an answer</source>
      <translation>Eine Antwort wählen</translation>
    </message>
    <message>
      <source>Go on to the next question</source>
      <translation>Zur nächsten Frage</translation>
    </message>
    <message>
      <source>Close the quiz</source>
      <translation>Das Quiz schließen</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Was sie bewirken</translation>
    </message>
    <message>
      <source>Play / pause</source>
      <translation>Start / Pause</translation>
    </message>
    <message>
      <source>Step one batch</source>
      <translation>Einen Batch weiter</translation>
    </message>
    <message>
      <source>Stop the run</source>
      <translation>Lauf stoppen</translation>
    </message>
    <message>
      <source>New lesson</source>
      <translation>Neue Lektion</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
      <source>Take the quiz…</source>
      <translation>Quiz machen…</translation>
    </message>
    <message>
      <source>About LayerLab</source>
      <translation>Über LayerLab</translation>
    </message>
    <message>
      <source>LayerLab shows, step by step, why a network with hidden layers learns patterns that a single layer cannot. Everything on screen is computed live.</source>
      <translation>LayerLab zeigt Schritt für Schritt, warum ein Netz mit verborgenen Schichten Muster lernt, die eine einzelne Schicht nicht lernen kann. Alles auf dem Bildschirm wird live berechnet.</translation>
    </message>
    <message>
      <source>always saying {name} scores {rate}</source>
      <translation>immer {name} zu sagen erreicht {rate}</translation>
    </message>
    <message>
      <source>athlete (1) or not (0)</source>
      <translation>Athlet (1) oder nicht (0)</translation>
    </message>
    <message>
      <source>class (1) or (0)</source>
      <translation>Klasse (1) oder (0)</translation>
    </message>
    <message>
      <source>class (0 to {last})</source>
      <translation>Klasse (0 bis {last})</translation>
    </message>
    <message>
      <source>not athlete</source>
      <translation>kein Athlet</translation>
    </message>
    <message>
      <source>athlete</source>
      <translation>Athlet</translation>
    </message>
    <message>
      <source>class {k}</source>
      <translation>Klasse {k}</translation>
    </message>
    <message>
      <source>20 measurements per person from a fitness lab; is the person an athlete?</source>
      <translation>20 Messwerte je Person aus einem Fitnesslabor; ist die Person ein Athlet?</translation>
    </message>
    <message>
      <source>2-D: four quadrants, opposite corners share a class</source>
      <translation>2-D: vier Quadranten, gegenüberliegende Ecken teilen sich eine Klasse</translation>
    </message>
    <message>
      <source>2-D: a ring around a disc</source>
      <translation>2-D: ein Ring um eine Scheibe</translation>
    </message>
    <message>
      <source>2-D: two interleaved spirals</source>
      <translation>2-D: zwei ineinander verschlungene Spiralen</translation>
    </message>
    <message>
      <source>2-D: two interleaving half moons</source>
      <translation>2-D: zwei ineinandergreifende Halbmonde</translation>
    </message>
    <message>
      <source>2-D: two overlapping clouds</source>
      <translation>2-D: zwei überlappende Wolken</translation>
    </message>
    <message>
      <source>2-D: four clouds, one per class (4 classes)</source>
      <translation>2-D: vier Wolken, eine je Klasse (4 Klassen)</translation>
    </message>
    <message>
      <source>2-D: predict a number that rises along a tilted plane</source>
      <translation>2-D: eine Zahl vorhersagen, die entlang einer schiefen Ebene ansteigt</translation>
    </message>
    <message>
      <source>2-D: predict a number, a bump in the middle</source>
      <translation>2-D: eine Zahl vorhersagen, ein Hügel in der Mitte</translation>
    </message>
    <message>
      <source>{name} scaled from {span} to 0.0–1.0</source>
      <translation>{name} skaliert von {span} auf 0.0–1.0</translation>
    </message>
    <message>
      <source>There are {layers} hidden layers, so write {layers} activations, one per layer (like relu, tanh), not {got}.</source>
      <translation>Es gibt {layers} verborgene Schichten, also schreibe {layers} Aktivierungen, eine je Schicht (wie relu, tanh), nicht {got}.</translation>
    </message>
    <message>
      <source>Each layer needs 1 to {most} units, got {got}.</source>
      <translation>Jede Schicht braucht 1 bis {most} Einheiten, erhalten: {got}.</translation>
    </message>
    <message>
      <source>There is no hidden layer, so there is no activation to give per layer (got {got}).</source>
      <translation>Es gibt keine verborgene Schicht, also gibt es keine Aktivierung je Schicht anzugeben (erhalten: {got}).</translation>
    </message>
    <message>
      <source>There is 1 hidden layer, so write 1 activation, not {got}.</source>
      <translation>Es gibt 1 verborgene Schicht, also schreibe 1 Aktivierung, nicht {got}.</translation>
    </message>
    <message>
      <source>There is an empty name between two commas; write one activation per hidden layer, like relu, tanh.</source>
      <translation>Zwischen zwei Kommas fehlt ein Name; schreibe eine Aktivierung je verborgener Schicht, wie relu, tanh.</translation>
    </message>
    <message>
      <source>layer_activations must be a list of activation names.</source>
      <translation>layer_activations muss eine Liste von Aktivierungsnamen sein.</translation>
    </message>
    <message>
      <source>There is an empty size between two commas; write the layer sizes like 64, 32.</source>
      <translation>Zwischen zwei Kommas fehlt eine Größe; schreibe die Schichtgrößen wie 64, 32.</translation>
    </message>
    <message>
      <source>{part} contains the character {odd} (U+{code}); write each layer size with the digits 0-9, like 64, 32.</source>
      <translation>{part} enthält das Zeichen {odd} (U+{code}); schreibe jede Schichtgröße mit den Ziffern 0-9, wie 64, 32.</translation>
    </message>
    <message>
      <source>'{part}' is not a whole number; write the layer sizes like 64, 32.</source>
      <translation>'{part}' ist keine ganze Zahl; schreibe die Schichtgrößen wie 64, 32.</translation>
    </message>
    <message>
      <source>a number with {n} digits</source>
      <translation>eine Zahl mit {n} Ziffern</translation>
    </message>
    <message>
      <source>The learning rate must be a number above 0.</source>
      <translation>Die Lernrate muss eine Zahl über 0 sein.</translation>
    </message>
    <message>
      <source>The learning rate must be at most 100.</source>
      <translation>Die Lernrate darf höchstens 100 sein.</translation>
    </message>
    <message>
      <source>At most {most} hidden layers, got {n}.</source>
      <translation>Höchstens {most} verborgene Schichten, erhalten: {n}.</translation>
    </message>
    <message>
      <source>restore_best must be true or false.</source>
      <translation>restore_best muss true oder false sein.</translation>
    </message>
    <message>
      <source>features must be a list of feature codes.</source>
      <translation>features muss eine Liste von Merkmalscodes sein.</translation>
    </message>
    <message>
      <source>Each extra feature can be chosen once.</source>
      <translation>Jedes zusätzliche Merkmal kann nur einmal gewählt werden.</translation>
    </message>
    <message>
      <source>Noise and extra input features apply to the 2-D datasets ({names}), not to {dataset}.</source>
      <translation>Rauschen und zusätzliche Eingabemerkmale gelten für die 2-D-Datensätze ({names}), nicht für {dataset}.</translation>
    </message>
    <message>
      <source>Compare depths trains networks with other numbers of layers, so it needs one activation for every layer; this network has one per layer ({names}). Choose a single activation to compare depths.</source>
      <translation>„Tiefen vergleichen“ trainiert Netze mit anderen Schichtzahlen und braucht deshalb eine Aktivierung für alle Schichten; dieses Netz hat eine je Schicht ({names}). Wähle eine einzige Aktivierung, um Tiefen zu vergleichen.</translation>
    </message>
    <message>
      <source>'{name}' is not an activation{hint}; choose from {names}.</source>
      <translation>'{name}' ist keine Aktivierung{hint}; wähle aus {names}.</translation>
    </message>
    <message>
      <source>'{name}' has a yes/no target; predict its two classes instead.</source>
      <translation>„{name}“ hat ein Ja/Nein-Ziel; sage stattdessen seine zwei Klassen vorher.</translation>
    </message>
    <message>
      <source>'{name}' has a target with {n} classes; train it with the target kind 'classes' (--target-kind classes).</source>
      <translation>„{name}“ hat ein Ziel mit {n} Klassen; trainiere es mit der Zielart „classes“ (--target-kind classes).</translation>
    </message>
    <message>
      <source>'{name}' has a number to predict; train it with the target kind 'number' (--target-kind number).</source>
      <translation>„{name}“ hat eine Zahl als Ziel; trainiere es mit der Zielart „number“ (--target-kind number).</translation>
    </message>
    <message>
      <source>The data has {n} classes; LayerLab trains 2 to {most}.</source>
      <translation>Die Daten haben {n} Klassen; LayerLab trainiert 2 bis {most}.</translation>
    </message>
    <message>
      <source>not a plain file</source>
      <translation>etwas anderes als eine normale Datei</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} Bytes</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>ein Ordner</translation>
    </message>
    <message>
      <source>a named pipe (FIFO)</source>
      <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>ein Gerät</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>ein Socket</translation>
    </message>
    <message>
      <source>{path} is {kind}, not a file; LayerLab only opens files.</source>
      <translation>{path} ist {kind}, keine Datei; LayerLab öffnet nur Dateien.</translation>
    </message>
    <message>
      <source>{name} is {size}; LayerLab opens files of this kind up to {most}.</source>
      <translation>{name} ist {size} groß; LayerLab öffnet Dateien dieser Art bis {most}.</translation>
    </message>
    <message>
      <source>There is no file at {path}.</source>
      <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
      <source>{path} cannot be read: {why}.</source>
      <translation>{path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
      <source>{what} is larger than {most}.</source>
      <translation>{what} ist größer als {most}.</translation>
    </message>
    <message>
      <source>{what} ends early: it is damaged.</source>
      <translation>{what} endet zu früh: Die Datei ist beschädigt.</translation>
    </message>
    <message>
      <source>a profile cannot open the CSV file {path} itself; set dataset to one of {names}, and open the CSV with File → Open data….</source>
      <translation>ein Profil kann die CSV-Datei {path} nicht selbst öffnen; setze dataset auf eins von {names} und öffne die CSV mit Datei → Daten öffnen….</translation>
    </message>
    <message>
      <source>key "{key}": {problem}</source>
      <translation>Schlüssel "{key}": {problem}</translation>
    </message>
    <message>
      <source>the CSV file {path} is missing. Put the file there, or set dataset to one of: {names}.</source>
      <translation>die CSV-Datei {path} fehlt. Lege die Datei dorthin oder setze dataset auf eins von: {names}.</translation>
    </message>
    <message>
      <source>"{name}" is both locked and hidden; choose one of the two.</source>
      <translation>"{name}" ist zugleich gesperrt und verborgen; wähle eins von beiden.</translation>
    </message>
    <message>
      <source>is missing; write format = 1 on the first line.</source>
      <translation>fehlt; schreibe format = 1 in die erste Zeile.</translation>
    </message>
    <message>
      <source>this profile uses format {version}, but this LayerLab reads format {known}. Update LayerLab or save the profile again.</source>
      <translation>dieses Profil verwendet Format {version}, aber dieses LayerLab liest Format {known}. Aktualisiere LayerLab oder speichere das Profil neu.</translation>
    </message>
    <message>
      <source>must be a table written [{name}], not a value.</source>
      <translation>muss eine Tabelle sein, geschrieben als [{name}], kein einzelner Wert.</translation>
    </message>
    <message>
      <source>must be a list of whole numbers like [64, 32] ([] for no hidden layer).</source>
      <translation>muss eine Liste ganzer Zahlen sein, wie [64, 32] ([] für keine verborgene Schicht).</translation>
    </message>
    <message>
      <source>must be a list of names in quotes, like ["seed"].</source>
      <translation>muss eine Liste von Namen in Anführungszeichen sein, wie ["seed"].</translation>
    </message>
    <message>
      <source>the list is empty; to turn the quiz off, add "quiz" to controls.hidden.</source>
      <translation>die Liste ist leer; um das Quiz abzuschalten, füge "quiz" zu controls.hidden hinzu.</translation>
    </message>
    <message>
      <source>The classroom profile "{source}" cannot be used: {problem}</source>
      <translation>Das Klassenprofil "{source}" kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
      <source>The classroom profile cannot be used: {problem}</source>
      <translation>Das Klassenprofil kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
      <source>the file could not be read ({problem}).</source>
      <translation>die Datei konnte nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
      <source>this is not valid TOML: {problem}. Look for a missing quote, bracket or '=' on that line.</source>
      <translation>das ist kein gültiges TOML: {problem}. Suche in dieser Zeile nach einem fehlenden Anführungszeichen, einer fehlenden Klammer oder einem fehlenden '='.</translation>
    </message>
    <message>
      <source>"{name}" is not a control{hint}. Use any of: {names}.</source>
      <translation>"{name}" ist kein Bedienelement{hint}. Möglich sind: {names}.</translation>
    </message>
    <message>
      <source>"{ident}" is not a question id{hint}. Known ids: {names}.</source>
      <translation>"{ident}" ist keine Fragen-ID{hint}. Bekannte IDs: {names}.</translation>
    </message>
    <message>
      <source>the file could not be read as UTF-8 text ({problem}).</source>
      <translation>die Datei konnte nicht als UTF-8-Text gelesen werden ({problem}).</translation>
    </message>
    <message>
      <source>config.hidden_layers should be a list of whole numbers like [64, 32], not {value}.</source>
      <translation>config.hidden_layers sollte eine Liste ganzer Zahlen wie [64, 32] sein, nicht {value}.</translation>
    </message>
    <message>
      <source>The array '{key}' is missing from arrays.npz.</source>
      <translation>Das Array '{key}' fehlt in arrays.npz.</translation>
    </message>
    <message>
      <source>The array '{key}' has shape {shape}; the session's settings need {need}.</source>
      <translation>Das Array '{key}' hat die Form {shape}; die Einstellungen der Sitzung verlangen {need}.</translation>
    </message>
    <message>
      <source>The array '{key}' should hold numbers, not {dtype}.</source>
      <translation>Das Array '{key}' sollte Zahlen enthalten, nicht {dtype}.</translation>
    </message>
    <message>
      <source>The array '{key}' holds NaN or infinite values.</source>
      <translation>Das Array '{key}' enthält NaN oder unendliche Werte.</translation>
    </message>
    <message>
      <source>'{where}.events' should list some of {names}.</source>
      <translation>'{where}.events' sollte einige von {names} auflisten.</translation>
    </message>
    <message>
      <source>'data.output_units' should be {low} to {high} (one per class), not {units}.</source>
      <translation>'data.output_units' sollte {low} bis {high} sein (eine je Klasse), nicht {units}.</translation>
    </message>
    <message>
      <source>'data.output_units' should be 1 for target kind {kind}, not {units}.</source>
      <translation>'data.output_units' sollte für die Zielart {kind} 1 sein, nicht {units}.</translation>
    </message>
    <message>
      <source>'data.class_names' should hold two names.</source>
      <translation>'data.class_names' sollte zwei Namen enthalten.</translation>
    </message>
    <message>
      <source>'data.class_names' should hold {low} to {high} names.</source>
      <translation>'data.class_names' sollte {low} bis {high} Namen enthalten.</translation>
    </message>
    <message>
      <source>The array 'data_y' should hold only 0 to {last}.</source>
      <translation>Das Array 'data_y' sollte nur 0 bis {last} enthalten.</translation>
    </message>
    <message>
      <source>'config' cannot be read: {problem}</source>
      <translation>'config' kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
      <source>'data.{key}' should name {n} columns.</source>
      <translation>'data.{key}' sollte {n} Spalten benennen.</translation>
    </message>
    <message>
      <source>'data.class_names' should be empty for a number.</source>
      <translation>'data.class_names' sollte bei einer Zahl leer sein.</translation>
    </message>
    <message>
      <source>The array 'data_y' should hold only 0 and 1.</source>
      <translation>Das Array 'data_y' sollte nur 0 und 1 enthalten.</translation>
    </message>
    <message>
      <source>no hidden layer</source>
      <translation>ohne verborgene Schicht</translation>
    </message>
    <message>
      <source>one hidden layer ({sizes})</source>
      <translation>eine verborgene Schicht ({sizes})</translation>
    </message>
    <message>
      <source>two hidden layers ({sizes})</source>
      <translation>zwei verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>three hidden layers ({sizes})</source>
      <translation>drei verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>four hidden layers ({sizes})</source>
      <translation>vier verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>five hidden layers ({sizes})</source>
      <translation>fünf verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>six hidden layers ({sizes})</source>
      <translation>sechs verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>seven hidden layers ({sizes})</source>
      <translation>sieben verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>eight hidden layers ({sizes})</source>
      <translation>acht verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>a straight line, fitted to convergence with Newton's method</source>
      <translation>eine gerade Linie, mit dem Newton-Verfahren bis zur Konvergenz angepasst</translation>
    </message>
    <message>
      <source>one straight-line score per class under a softmax (multinomial logistic regression), fitted to convergence with Newton's method</source>
      <translation>je Klasse ein Wert aus einer geraden Linie, unter einem Softmax (multinomiale logistische Regression), mit dem Newton-Verfahren bis zur Konvergenz angepasst</translation>
    </message>
    <message>
      <source>a linear function of the inputs: least squares, solved exactly</source>
      <translation>eine lineare Funktion der Eingaben: kleinste Quadrate, exakt gelöst</translation>
    </message>
    <message>
      <source>as wide as the deep network's first layer</source>
      <translation>so breit wie die erste Schicht des tiefen Netzes</translation>
    </message>
    <message>
      <source>the same parameter count as the deep network</source>
      <translation>gleich viele Parameter wie das tiefe Netz</translation>
    </message>
    <message>
      <source>the deep network</source>
      <translation>das tiefe Netz</translation>
    </message>
    <message>
      <source>A straight line ({name}, fitted to convergence with Newton's method) reaches {share}.</source>
      <translation>Eine gerade Linie ({name}, mit dem Newton-Verfahren bis zur Konvergenz angepasst) erreicht {share}.</translation>
    </message>
    <message>
      <source>Straight lines ({name}: one score per class under a softmax, fitted to convergence with Newton's method) reach {share}.</source>
      <translation>Gerade Linien ({name}: ein Wert je Klasse unter einem Softmax, mit dem Newton-Verfahren bis zur Konvergenz angepasst) erreichen {share}.</translation>
    </message>
    <message>
      <source>A linear function of the inputs ({name}: least squares, solved exactly) reaches a validation R² of {share}.</source>
      <translation>Eine lineare Funktion der Eingaben ({name}: kleinste Quadrate, exakt gelöst) erreicht ein Validierungs-R² von {share}.</translation>
    </message>
    <message>
      <source>{n} hidden layers ({sizes})</source>
      <translation>{n} verborgene Schichten ({sizes})</translation>
    </message>
    <message>
      <source>{name} diverged on {n} of {k} seeds</source>
      <translation>{name}: divergiert bei {n} von {k} Seeds</translation>
    </message>
    <message>
      <source>({notes}: their last good epoch counts.)</source>
      <translation>({notes}: Es zählt jeweils die letzte gute Epoche.)</translation>
    </message>
    <message>
      <source>Compare on 1 to {most} seeds, got {n}.</source>
      <translation>Vergleiche mit 1 bis {most} Seeds, erhalten: {n}.</translation>
    </message>
    <message>
      <source>Each seed may appear only once.</source>
      <translation>Jeder Seed darf nur einmal vorkommen.</translation>
    </message>
    <message>
      <source>Seeds must be whole numbers from 0 to 4,294,967,295.</source>
      <translation>Seeds müssen ganze Zahlen von 0 bis 4,294,967,295 sein.</translation>
    </message>
    <message>
      <source>Not every network has finished yet.</source>
      <translation>Noch nicht alle Netze sind fertig.</translation>
    </message>
    <message>
      <source>How the verdict is decided (deep network against one hidden layer with the same parameter count, epoch-{epochs} validation accuracy, percentages rounded to one decimal as in the table):
1. depth helps if the deep network is better on at least 80% of the seeds and its mean is at least 2 points higher;
2. depth hurts if the one-layer network is better on at least 80% of the seeds and its mean is at least 2 points higher;
3. depth is only faster if the deep network's median number of epochs to reach 90% of its own best is lower;
4. otherwise there is no difference.</source>
      <translation>So wird das Urteil gefällt (tiefes Netz gegen eine verborgene Schicht mit gleich vielen Parametern, Validierungsgenauigkeit nach Epoche {epochs}, Prozente wie in der Tabelle auf eine Nachkommastelle gerundet):
1. Tiefe hilft, wenn das tiefe Netz bei mindestens 80% der Seeds besser ist und sein Mittelwert mindestens 2 Punkte höher liegt;
2. Tiefe schadet, wenn das einschichtige Netz bei mindestens 80% der Seeds besser ist und sein Mittelwert mindestens 2 Punkte höher liegt;
3. Tiefe ist nur schneller, wenn das tiefe Netz im Median weniger Epochen braucht, um 90% seines eigenen Bestwerts zu erreichen;
4. sonst gibt es keinen Unterschied.</translation>
    </message>
    <message>
      <source>How the verdict is decided (deep network against one hidden layer with the same parameter count, epoch-{epochs} validation R², rounded to three decimals as in the table; R² is 1 for a perfect fit and 0 for always predicting the mean):
1. depth helps if the deep network is better on at least 80% of the seeds and its mean R² is at least 0.020 higher;
2. depth hurts if the one-layer network is better on at least 80% of the seeds and its mean R² is at least 0.020 higher;
3. depth is only faster if the deep network's median number of epochs to reach 90% of its own best R² is lower (a run whose best R² is 0 or below never gets there);
4. otherwise there is no difference.</source>
      <translation>So wird das Urteil gefällt (tiefes Netz gegen eine verborgene Schicht mit gleich vielen Parametern, Validierungs-R² nach Epoche {epochs}, wie in der Tabelle auf drei Nachkommastellen gerundet; R² ist 1 bei perfekter Anpassung und 0, wenn immer der Mittelwert vorhergesagt wird):
1. Tiefe hilft, wenn das tiefe Netz bei mindestens 80% der Seeds besser ist und sein mittleres R² mindestens 0.020 höher liegt;
2. Tiefe schadet, wenn das einschichtige Netz bei mindestens 80% der Seeds besser ist und sein mittleres R² mindestens 0.020 höher liegt;
3. Tiefe ist nur schneller, wenn das tiefe Netz im Median weniger Epochen braucht, um 90% seines eigenen besten R² zu erreichen (ein Lauf, dessen bestes R² 0 oder darunter ist, kommt nie dorthin);
4. sonst gibt es keinen Unterschied.</translation>
    </message>
    <message>
      <source>Depth helps on this data after {after}: {deep_name} reaches {deep} against {budget} for {budget_name} with the same parameter count, better on {wins} of {seeds} by {points} points on average.</source>
      <translation>Tiefe hilft bei diesen Daten nach {after}: {deep} für {deep_name} gegen {budget} für {budget_name} mit gleich vielen Parametern, besser bei {wins} von {seeds}, im Mittel um {points} Punkte.</translation>
    </message>
    <message>
      <source>Depth hurts on this data after {after}: {budget_name} with the same parameter count reaches {budget} against {deep} for {deep_name}, better on {wins} of {seeds} by {points} points on average.</source>
      <translation>Tiefe schadet bei diesen Daten nach {after}: {budget} für {budget_name} mit gleich vielen Parametern gegen {deep} für {deep_name}, besser bei {wins} von {seeds}, im Mittel um {points} Punkte.</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches {budget} against {deep} for {deep_name} over {seeds}; only depth got there at all ({medians}).</source>
      <translation>Bei diesen Daten ist eine breite Schicht nach {after} etwa gleich gut: {budget} für {budget_name} gegen {deep} für {deep_name} über {seeds}; nur die Tiefe kam überhaupt dorthin ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches {budget} against {deep} for {deep_name} over {seeds}; depth got there {sooner} sooner ({medians}).</source>
      <translation>Bei diesen Daten ist eine breite Schicht nach {after} etwa gleich gut: {budget} für {budget_name} gegen {deep} für {deep_name} über {seeds}; die Tiefe kam {sooner} früher dorthin ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches {budget} against {deep} for {deep_name} over {seeds}, and depth was not faster ({medians}).</source>
      <translation>Bei diesen Daten ist eine breite Schicht nach {after} etwa gleich gut: {budget} für {budget_name} gegen {deep} für {deep_name} über {seeds}, und die Tiefe war nicht schneller ({medians}).</translation>
    </message>
    <message>
      <source>Depth helps on this data after {after}: {deep_name} reaches a validation R² of {deep} against {budget} for {budget_name} with the same parameter count, better on {wins} of {seeds} by {points} on average.</source>
      <translation>Tiefe hilft bei diesen Daten nach {after}: Validierungs-R² {deep} für {deep_name} gegen {budget} für {budget_name} mit gleich vielen Parametern, besser bei {wins} von {seeds}, im Mittel um {points}.</translation>
    </message>
    <message>
      <source>Depth hurts on this data after {after}: {budget_name} with the same parameter count reaches a validation R² of {budget} against {deep} for {deep_name}, better on {wins} of {seeds} by {points} on average.</source>
      <translation>Tiefe schadet bei diesen Daten nach {after}: Validierungs-R² {budget} für {budget_name} mit gleich vielen Parametern gegen {deep} für {deep_name}, besser bei {wins} von {seeds}, im Mittel um {points}.</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches a validation R² of {budget} against {deep} for {deep_name} over {seeds}; only depth got there at all ({medians}).</source>
      <translation>Bei diesen Daten ist eine breite Schicht nach {after} etwa gleich gut: Validierungs-R² {budget} für {budget_name} gegen {deep} für {deep_name} über {seeds}; nur die Tiefe kam überhaupt dorthin ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches a validation R² of {budget} against {deep} for {deep_name} over {seeds}; depth got there {sooner} sooner ({medians}).</source>
      <translation>Bei diesen Daten ist eine breite Schicht nach {after} etwa gleich gut: Validierungs-R² {budget} für {budget_name} gegen {deep} für {deep_name} über {seeds}; die Tiefe kam {sooner} früher dorthin ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches a validation R² of {budget} against {deep} for {deep_name} over {seeds}, and depth was not faster ({medians}).</source>
      <translation>Bei diesen Daten ist eine breite Schicht nach {after} etwa gleich gut: Validierungs-R² {budget} für {budget_name} gegen {deep} für {deep_name} über {seeds}, und die Tiefe war nicht schneller ({medians}).</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>median {deep} against {budget} epochs to 90% of its best</source>
      <translation>Median {deep} gegen {budget} Epochen bis 90% des eigenen Bestwerts</translation>
    </message>
    <message>
      <source>1 epoch</source>
      <translation>1 Epoche</translation>
    </message>
    <message>
      <source>{n} epochs</source>
      <translation>{n} Epochen</translation>
    </message>
    <message>
      <source>1 seed</source>
      <translation>1 Seed</translation>
    </message>
    <message>
      <source>{n} seeds</source>
      <translation>{n} Seeds</translation>
    </message>
    <message>
      <source>Deep learning handles complex patterns by passing data through multiple layers that build up from simple to complex features. This layered learning allows the model to improve predictions step by step, as seen by decreasing loss and increasing accuracy during training.</source>
      <translation>Deep Learning bewältigt komplexe Muster, indem es die Daten durch mehrere Schichten schickt, die von einfachen zu komplexen Merkmalen aufbauen. Dieses schichtweise Lernen lässt das Modell seine Vorhersagen Schritt für Schritt verbessern, wie der sinkende Verlust und die steigende Genauigkeit während des Trainings zeigen.</translation>
    </message>
    <message>
      <source>Each layer's patterns separate the classes better than the one before: the layers untangle them step by step.</source>
      <translation>Die Muster jeder Schicht trennen die Klassen besser als die der Schicht davor: Die Schichten entwirren sie Schritt für Schritt.</translation>
    </message>
    <message>
      <source>layer {k}'s patterns separate the classes no better than layer {j}'s ({now}% against {before}%)</source>
      <translation>die Muster von Schicht {k} trennen die Klassen nicht besser als die von Schicht {j} ({now}% gegenüber {before}%)</translation>
    </message>
    <message>
      <source>validation R² {r2}</source>
      <translation>Validierungs-R² {r2}</translation>
    </message>
    <message>
      <source>validation R² fell from {a} to {b}</source>
      <translation>das Validierungs-R² fiel von {a} auf {b}</translation>
    </message>
    <message>
      <source>Training loss fell from {a} after epoch {first} to {b} after epoch {last}</source>
      <translation>Der Trainingsverlust fiel von {a} nach Epoche {first} auf {b} nach Epoche {last}</translation>
    </message>
    <message>
      <source>validation accuracy fell from {a}% to {b}%</source>
      <translation>die Validierungsgenauigkeit fiel von {a}% auf {b}%</translation>
    </message>
    <message>
      <source>Layer {k}'s best unit follows the label no more closely (|r| = {b}) than layer 1's (|r| = {a}).</source>
      <translation>Die beste Einheit von Schicht {k} folgt dem Label nicht enger (|r| = {b}) als die von Schicht 1 (|r| = {a}).</translation>
    </message>
    <message>
      <source>unit {unit} (r = {r}) weighs {inputs} most</source>
      <translation>Einheit {unit} (r = {r}) gewichtet {inputs} am stärksten</translation>
    </message>
    <message>
      <source>The layers have not learned yet (no epoch has finished): for now straight lines through the raw measurements (one per class) get {raw}% of the validation rows right.</source>
      <translation>Die Schichten haben noch nicht gelernt (noch keine Epoche ist fertig): Vorerst treffen gerade Linien durch die Rohmesswerte (eine je Klasse) {raw}% der Validierungszeilen richtig.</translation>
    </message>
    <message>
      <source>The network has not learned yet (no epoch has finished): for now straight lines through the raw measurements (one per class) get {raw}% of the validation rows right.</source>
      <translation>Das Netz hat noch nicht gelernt (noch keine Epoche ist fertig): Vorerst treffen gerade Linien durch die Rohmesswerte (eine je Klasse) {raw}% der Validierungszeilen richtig.</translation>
    </message>
    <message>
      <source>This network has no hidden layer, so its answer is itself made of straight lines through the measurements. Straight lines fitted to the training rows to convergence (one per class) get {raw}% of the validation rows right; this network, after {epochs}, gets {own}%.</source>
      <translation>Dieses Netz hat keine verborgene Schicht, also besteht seine Antwort selbst aus geraden Linien durch die Messwerte. Gerade Linien, die bis zur Konvergenz an die Trainingszeilen angepasst wurden (eine je Klasse), treffen {raw}% der Validierungszeilen richtig; dieses Netz erreicht nach {epochs} {own}%.</translation>
    </message>
    <message>
      <source>Straight lines through the raw measurements (one per class) get {raw}% of the validation rows right; {steps}.</source>
      <translation>Gerade Linien durch die Rohmesswerte (eine je Klasse) treffen {raw}% der Validierungszeilen richtig; {steps}.</translation>
    </message>
    <message>
      <source>The layers have not learned yet (no epoch has finished): for now a linear fit of the raw measurements explains {raw}% of the variation of the validation rows' target (R²).</source>
      <translation>Die Schichten haben noch nicht gelernt (noch keine Epoche ist fertig): Vorerst erklärt eine lineare Anpassung an die Rohmesswerte {raw}% der Variation des Zielwerts der Validierungszeilen (R²).</translation>
    </message>
    <message>
      <source>The network has not learned yet (no epoch has finished): for now a linear fit of the raw measurements explains {raw}% of the variation of the validation rows' target (R²).</source>
      <translation>Das Netz hat noch nicht gelernt (noch keine Epoche ist fertig): Vorerst erklärt eine lineare Anpassung an die Rohmesswerte {raw}% der Variation des Zielwerts der Validierungszeilen (R²).</translation>
    </message>
    <message>
      <source>This network has no hidden layer, so its answer is itself a linear function of the measurements. A linear fit to the training rows explains {raw}% of the variation of the validation rows' target (R²); this network, after {epochs}, explains {own}%.</source>
      <translation>Dieses Netz hat keine verborgene Schicht, also ist seine Antwort selbst eine lineare Funktion der Messwerte. Eine lineare Anpassung an die Trainingszeilen erklärt {raw}% der Variation des Zielwerts der Validierungszeilen (R²); dieses Netz erklärt nach {epochs} {own}%.</translation>
    </message>
    <message>
      <source>A linear fit of the raw measurements explains {raw}% of the variation of the validation rows' target (R²); {steps}.</source>
      <translation>Eine lineare Anpassung an die Rohmesswerte erklärt {raw}% der Variation des Zielwerts der Validierungszeilen (R²); {steps}.</translation>
    </message>
    <message>
      <source>Every validation row has the same target, so R² (the share of its variation explained) is not defined for this run.</source>
      <translation>Jede Validierungszeile hat denselben Zielwert, daher ist R² (der Anteil der erklärten Variation) für diesen Lauf nicht definiert.</translation>
    </message>
    <message>
      <source>The network has not learned yet (no epoch has finished): for now a straight line through the raw measurements gets {raw}% of the validation rows right.</source>
      <translation>Das Netz hat noch nicht gelernt (noch keine Epoche ist fertig): Vorerst trifft eine gerade Linie durch die Rohmesswerte {raw}% der Validierungszeilen richtig.</translation>
    </message>
    <message>
      <source>This network has no hidden layer, so its answer is itself a straight line through the measurements. A straight line fitted to the training rows to convergence gets {raw}% of the validation rows right; this network, after {epochs}, gets {own}%.</source>
      <translation>Dieses Netz hat keine verborgene Schicht, also ist seine Antwort selbst eine gerade Linie durch die Messwerte. Eine gerade Linie, die bis zur Konvergenz an die Trainingszeilen angepasst wurde, trifft {raw}% der Validierungszeilen richtig; dieses Netz erreicht nach {epochs} {own}%.</translation>
    </message>
    <message>
      <source>through layer 1's patterns {share}%</source>
      <translation>durch die Muster von Schicht 1 {share}%</translation>
    </message>
    <message>
      <source>through layer {k}'s {share}%</source>
      <translation>durch die von Schicht {k} {share}%</translation>
    </message>
    <message>
      <source>A straight line through the raw measurements gets {raw}% of the validation rows right; {steps}.</source>
      <translation>Eine gerade Linie durch die Rohmesswerte trifft {raw}% der Validierungszeilen richtig; {steps}.</translation>
    </message>
    <message>
      <source>A linear fit explains more of the target through each layer's patterns than through the one before: the layers untangle it step by step.</source>
      <translation>Eine lineare Anpassung erklärt durch die Muster jeder Schicht mehr vom Zielwert als durch die der Schicht davor: Die Schichten entwirren ihn Schritt für Schritt.</translation>
    </message>
    <message>
      <source>The hidden layer's patterns make the classes easier to separate with a straight line than the raw measurements.</source>
      <translation>Mit den Mustern der verborgenen Schicht lassen sich die Klassen leichter durch eine gerade Linie trennen als mit den Rohmesswerten.</translation>
    </message>
    <message>
      <source>a linear fit explains the target no better through layer {k}'s patterns than through layer {j}'s ({now}% against {before}%)</source>
      <translation>eine lineare Anpassung erklärt den Zielwert durch die Muster von Schicht {k} nicht besser als durch die von Schicht {j} ({now}% gegenüber {before}%)</translation>
    </message>
    <message>
      <source>layer 1's patterns separate the classes no better than the raw measurements ({now}% against {before}%)</source>
      <translation>die Muster von Schicht 1 trennen die Klassen nicht besser als die Rohmesswerte ({now}% gegenüber {before}%)</translation>
    </message>
    <message>
      <source>After epoch {epoch} the training loss is {loss} and validation accuracy {acc}%.</source>
      <translation>Nach Epoche {epoch} beträgt der Trainingsverlust {loss} und die Validierungsgenauigkeit {acc}%.</translation>
    </message>
    <message>
      <source>validation R² is not defined (every validation row has the same target)</source>
      <translation>das Validierungs-R² ist nicht definiert (jede Validierungszeile hat denselben Zielwert)</translation>
    </message>
    <message>
      <source>validation R² stayed at {r2}</source>
      <translation>das Validierungs-R² blieb bei {r2}</translation>
    </message>
    <message>
      <source>validation R² rose from {a} to {b}</source>
      <translation>das Validierungs-R² stieg von {a} auf {b}</translation>
    </message>
    <message>
      <source>Training loss stayed at {loss} from epoch {first} to epoch {last}</source>
      <translation>Der Trainingsverlust blieb von Epoche {first} bis Epoche {last} bei {loss}</translation>
    </message>
    <message>
      <source>Training loss rose from {a} after epoch {first} to {b} after epoch {last}</source>
      <translation>Der Trainingsverlust stieg von {a} nach Epoche {first} auf {b} nach Epoche {last}</translation>
    </message>
    <message>
      <source>Training loss fell from {a} after epoch {first} to {b} after epoch {last} ({ratio}× lower)</source>
      <translation>Der Trainingsverlust fiel von {a} nach Epoche {first} auf {b} nach Epoche {last} ({ratio}× niedriger)</translation>
    </message>
    <message>
      <source>validation accuracy stayed at {acc}%</source>
      <translation>die Validierungsgenauigkeit blieb bei {acc}%</translation>
    </message>
    <message>
      <source>validation accuracy rose from {a}% to {b}%</source>
      <translation>die Validierungsgenauigkeit stieg von {a}% auf {b}%</translation>
    </message>
    <message>
      <source>With one hidden layer, its units are the only patterns the output can combine.</source>
      <translation>Bei einer verborgenen Schicht sind ihre Einheiten die einzigen Muster, die die Ausgabe kombinieren kann.</translation>
    </message>
    <message>
      <source>Layer {k}'s best unit follows the label more closely (|r| = {b}) than layer 1's (|r| = {a}).</source>
      <translation>Die beste Einheit von Schicht {k} folgt dem Label enger (|r| = {b}) als die von Schicht 1 (|r| = {a}).</translation>
    </message>
    <message>
      <source>unit {unit} (r = {r} with {name}) weighs {inputs} most</source>
      <translation>Einheit {unit} (r = {r} mit {name}) gewichtet {inputs} am stärksten</translation>
    </message>
    <message>
      <source>The layers have not learned yet (no epoch has finished): for now a straight line through the raw measurements gets {raw}% of the validation rows right.</source>
      <translation>Die Schichten haben noch nicht gelernt (noch keine Epoche ist fertig): Vorerst trifft eine gerade Linie durch die Rohmesswerte {raw}% der Validierungszeilen richtig.</translation>
    </message>
    <message>
      <source>A linear fit explains more of the target through the hidden layer's patterns than through the raw measurements.</source>
      <translation>Eine lineare Anpassung erklärt durch die Muster der verborgenen Schicht mehr vom Zielwert als durch die Rohmesswerte.</translation>
    </message>
    <message>
      <source>a linear fit explains the target no better through layer 1's patterns than through the raw measurements ({now}% against {before}%)</source>
      <translation>eine lineare Anpassung erklärt den Zielwert durch die Muster von Schicht 1 nicht besser als durch die Rohmesswerte ({now}% gegenüber {before}%)</translation>
    </message>
    <message>
      <source>After epoch {epoch} the training loss is {loss}; {r2}.</source>
      <translation>Nach Epoche {epoch} beträgt der Trainingsverlust {loss}; {r2}.</translation>
    </message>
    <message>
      <source>layer {k} unit {i}</source>
      <translation>Schicht {k} Einheit {i}</translation>
    </message>
    <message>
      <source>Combines simple patterns into complex ones, e.g., interactions indicating fitness levels</source>
      <translation>Kombiniert einfache Muster zu komplexen, z. B. Wechselwirkungen, die auf das Fitnessniveau hinweisen</translation>
    </message>
    <message>
      <source>First neural network layer extracts simple patterns</source>
      <translation>Die erste Schicht des neuronalen Netzes erkennt einfache Muster</translation>
    </message>
    <message>
      <source>Second layer combines simple patterns into complex ones</source>
      <translation>Die zweite Schicht kombiniert einfache Muster zu komplexen</translation>
    </message>
    <message>
      <source>Extracts simple patterns, e.g., correlations between features like {a} and {b}</source>
      <translation>Erkennt einfache Muster, z. B. Zusammenhänge zwischen Merkmalen wie {a} und {b}</translation>
    </message>
    <message>
      <source>Combines simple patterns into complex ones, e.g., interactions of features</source>
      <translation>Kombiniert einfache Muster zu komplexen, z. B. Wechselwirkungen von Merkmalen</translation>
    </message>
    <message>
      <source>{rows} rows × {cols} features</source>
      <translation>{rows} Zeilen × {cols} Merkmale</translation>
    </message>
    <message>
      <source>Layer {k} combines the patterns of layer {j} further</source>
      <translation>Schicht {k} kombiniert die Muster von Schicht {j} weiter</translation>
    </message>
    <message>
      <source>unit {unit} weighs {inputs} most</source>
      <translation>Einheit {unit} gewichtet {inputs} am stärksten</translation>
    </message>
    <message>
      <source>{rows} rows × {cols} outputs</source>
      <translation>{rows} Zeilen × {cols} Ausgaben</translation>
    </message>
    <message>
      <source>{rows} rows × 1 feature</source>
      <translation>{rows} Zeilen × 1 Merkmal</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer {k}, {activation})</source>
      <translation>Merkmalsextraktion (Schicht {k}, {activation})</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer {k})</source>
      <translation>Merkmalsextraktion (Schicht {k})</translation>
    </message>
    <message>
      <source>Final layer predicts the class or value</source>
      <translation>Die letzte Schicht sagt die Klasse oder den Wert vorher</translation>
    </message>
    <message>
      <source>Predicts {target}</source>
      <translation>Sagt {target} vorher</translation>
    </message>
    <message>
      <source>Builds still more complex combinations</source>
      <translation>Bildet noch komplexere Kombinationen</translation>
    </message>
    <message>
      <source>{a} and {b}</source>
      <translation>{a} und {b}</translation>
    </message>
    <message>
      <source>{rows} rows × {cols} output</source>
      <translation>{rows} Zeilen × {cols} Ausgabe</translation>
    </message>
    <message>
      <source>Softmax over {k} classes: one probability per class</source>
      <translation>Softmax über {k} Klassen: eine Wahrscheinlichkeit je Klasse</translation>
    </message>
    <message>
      <source>The {k} probabilities add up to 1; the largest names the class ({names})</source>
      <translation>Die {k} Wahrscheinlichkeiten ergeben zusammen 1; die größte nennt die Klasse ({names})</translation>
    </message>
    <message>
      <source>One linear unit predicts a number</source>
      <translation>Eine lineare Einheit sagt eine Zahl vorher</translation>
    </message>
    <message>
      <source>Predicts {target} (trained in standard deviations, shown in its own units)</source>
      <translation>Sagt {target} vorher (in Standardabweichungen trainiert, in seinen eigenen Einheiten gezeigt)</translation>
    </message>
    <message>
      <source>Data Input</source>
      <translation>Dateneingabe</translation>
    </message>
    <message>
      <source>Raw data collected with {d} features per example</source>
      <translation>Rohdaten mit {d} Merkmalen je Beispiel</translation>
    </message>
    <message>
      <source>Each row: measurements like {first}, etc.</source>
      <translation>Jede Zeile: Messwerte wie {first} usw.</translation>
    </message>
    <message>
      <source>Normalization</source>
      <translation>Normalisierung</translation>
    </message>
    <message>
      <source>Scale features to range 0-1 for better learning</source>
      <translation>Merkmale auf den Bereich 0–1 skalieren, damit das Lernen besser gelingt</translation>
    </message>
    <message>
      <source>x' = (x − min) / (max − min), min and max from the training rows</source>
      <translation>x' = (x − min) / (max − min), min und max aus den Trainingszeilen</translation>
    </message>
    <message>
      <source>{right} of {n} validation rows are predicted right ({share}).</source>
      <translation>{right} von {n} Validierungszeilen werden richtig vorhergesagt ({share}).</translation>
    </message>
    <message>
      <source>On average a prediction is {mae} away from the target (mean absolute error, in the units of {target}).</source>
      <translation>Im Mittel liegt eine Vorhersage {mae} vom Zielwert entfernt (mittlerer absoluter Fehler, in den Einheiten von {target}).</translation>
    </message>
    <message>
      <source>The most common mistake: {true} taken for {predicted} ({count} rows).</source>
      <translation>Der häufigste Fehler: {true} für {predicted} gehalten ({count} Zeilen).</translation>
    </message>
    <message>
      <source>Every validation target is the same, so R² is not defined here.</source>
      <translation>Alle Zielwerte der Validierung sind gleich, daher ist R² hier nicht definiert.</translation>
    </message>
    <message>
      <source>Not one validation row is mistaken.</source>
      <translation>Keine einzige Validierungszeile ist falsch vorhergesagt.</translation>
    </message>
    <message>
      <source>R² = {r2}: below 0, so the predictions are worse than always guessing the validation rows' mean.</source>
      <translation>R² = {r2}: unter 0, die Vorhersagen sind also schlechter, als immer den Mittelwert der Validierungszeilen zu raten.</translation>
    </message>
    <message>
      <source>R² = {r2}: the predictions account for {share} of the variation of {target} around its mean on the validation rows (1 would be perfect).</source>
      <translation>R² = {r2}: Die Vorhersagen erklären {share} der Variation von {target} um seinen Mittelwert auf den Validierungszeilen (1 wäre perfekt).</translation>
    </message>
    <message>
      <source>{size} points below</source>
      <translation>{size} Punkte unter</translation>
    </message>
    <message>
      <source>level with</source>
      <translation>gleichauf mit</translation>
    </message>
    <message>
      <source>{size} points above</source>
      <translation>{size} Punkte über</translation>
    </message>
    <message>
      <source>1 point above</source>
      <translation>1 Punkt über</translation>
    </message>
    <message>
      <source>1 point below</source>
      <translation>1 Punkt unter</translation>
    </message>
    <message>
      <source>validation R² is {r}</source>
      <translation>Das Validierungs-R² ist {r}</translation>
    </message>
    <message>
      <source>{value} is {gap} {reference}</source>
      <translation>{value} liegt {gap} {reference}</translation>
    </message>
    <message>
      <source>No: {where}. {rule}</source>
      <translation>Nein: {where}. {rule}</translation>
    </message>
    <message>
      <source>In your run the training loss fell from {a} after epoch {first} to {b} after epoch {last}. Why?</source>
      <translation>In deinem Lauf fiel der Trainingsverlust von {a} nach Epoche {first} auf {b} nach Epoche {last}. Warum?</translation>
    </message>
    <message>
      <source>Your network reached {v} validation accuracy. Always giving the more common answer, without looking at the inputs, would score {c}. Which describes your network?</source>
      <translation>Dein Netz erreichte {v} Validierungsgenauigkeit. Immer die häufigere Antwort zu geben, ohne auf die Eingaben zu schauen, würde {c} erreichen. Was beschreibt dein Netz?</translation>
    </message>
    <message>
      <source>Your network's validation R² is {r}. R² is 1 for perfect predictions and 0 for always predicting the mean of the training targets. Which describes your network?</source>
      <translation>Das Validierungs-R² deines Netzes ist {r}. R² ist 1 bei perfekten Vorhersagen und 0, wenn man immer den Mittelwert der Zielwerte im Training vorhersagt. Was beschreibt dein Netz?</translation>
    </message>
    <message>
      <source>Your network reached {v} validation accuracy. In Compare depths, a network with no hidden layer (one weighted sum: a straight-line boundary) scored {b} on average on the same data. Which explains the difference?</source>
      <translation>Dein Netz erreichte {v} Validierungsgenauigkeit. Unter „Tiefen vergleichen“ erreichte ein Netz ohne verborgene Schicht (eine gewichtete Summe: eine gerade Grenze) auf denselben Daten im Mittel {b}. Was erklärt den Unterschied?</translation>
    </message>
    <message>
      <source>From epoch {start} to {end} of your run the training loss fell from {a} to {b}, but the validation loss rose from {c} (its lowest) to {d}. What is happening?</source>
      <translation>Von Epoche {start} bis {end} deines Laufs fiel der Trainingsverlust von {a} auf {b}, aber der Validierungsverlust stieg von {c} (seinem Tiefstwert) auf {d}. Was passiert hier?</translation>
    </message>
    <message>
      <source>After epoch {before} of your run the training loss was at its lowest so far, {a}; after epoch {epoch} it was up at {b}, and it had stayed well above its best for more than one epoch. What is the most likely cause?</source>
      <translation>Nach Epoche {before} deines Laufs war der Trainingsverlust auf seinem bisherigen Tiefstwert, {a}; nach Epoche {epoch} lag er bei {b} und war seit mehr als einer Epoche deutlich über seinem Bestwert geblieben. Was ist die wahrscheinlichste Ursache?</translation>
    </message>
    <message>
      <source>After epoch {before} of your run the training loss was {a}; after epoch {epoch} it had gone up to {b}. Why can the loss go up for an epoch?</source>
      <translation>Nach Epoche {before} deines Laufs betrug der Trainingsverlust {a}; nach Epoche {epoch} war er auf {b} gestiegen. Warum kann der Verlust für eine Epoche steigen?</translation>
    </message>
    <message>
      <source>From epoch {start} to {end} your training loss hardly moved (it stayed at {lo}), and validation accuracy was only {v}. What could help?</source>
      <translation>Von Epoche {start} bis {end} hat sich dein Trainingsverlust kaum bewegt (er blieb bei {lo}), und die Validierungsgenauigkeit lag nur bei {v}. Was könnte helfen?</translation>
    </message>
    <message>
      <source>From epoch {start} to {end} your training loss hardly moved (it stayed between {lo} and {hi}), and validation accuracy was only {v}. What could help?</source>
      <translation>Von Epoche {start} bis {end} hat sich dein Trainingsverlust kaum bewegt (er blieb zwischen {lo} und {hi}), und die Validierungsgenauigkeit lag nur bei {v}. Was könnte helfen?</translation>
    </message>
    <message>
      <source>Yes: {where}. {rule}</source>
      <translation>Ja: {where}. {rule}</translation>
    </message>
    <message>
      <source>The steps are too large: they overshoot the low point of the loss</source>
      <translation>Die Schritte sind zu groß: Sie schießen über den Tiefpunkt des Verlusts hinaus</translation>
    </message>
    <message>
      <source>The optimizer steps downhill on the loss, but steps that are too long jump across the valley and land higher, again and again. A smaller learning rate takes shorter steps.</source>
      <translation>Der Optimierer geht auf dem Verlust bergab, doch zu lange Schritte springen über das Tal hinweg und landen höher, immer wieder. Eine kleinere Lernrate macht kürzere Schritte.</translation>
    </message>
    <message>
      <source>Each step follows the slope of one mini-batch, and a step can overshoot the low point of the loss for all the rows</source>
      <translation>Jeder Schritt folgt dem Gefälle eines einzigen Mini-Batches, und ein Schritt kann über den Tiefpunkt des Verlusts für alle Zeilen hinausschießen</translation>
    </message>
    <message>
      <source>A mini-batch is a small sample, so a step that suits it can land higher for the whole training set, more so when the steps are large. One bump is normal; if the loss stays up, try a lower learning rate.</source>
      <translation>Ein Mini-Batch ist eine kleine Stichprobe, daher kann ein Schritt, der zu ihm passt, für die ganze Trainingsmenge höher landen, umso mehr bei großen Schritten. Ein einzelner Anstieg ist normal; bleibt der Verlust oben, versuche eine kleinere Lernrate.</translation>
    </message>
    <message>
      <source>The network adjusted its weights, batch after batch, to fit the patterns in the training data better</source>
      <translation>Das Netz hat seine Gewichte Batch für Batch angepasst, um die Muster in den Trainingsdaten besser zu treffen</translation>
    </message>
    <message>
      <source>After every mini-batch, backpropagation works out how each weight affects the loss and the optimizer nudges every weight to lower it. {a} → {b} is the sum of many such small steps.</source>
      <translation>Nach jedem Mini-Batch berechnet die Backpropagation, wie jedes Gewicht den Verlust beeinflusst, und der Optimierer verschiebt jedes Gewicht ein wenig, um ihn zu senken. {a} → {b} ist die Summe vieler solcher kleinen Schritte.</translation>
    </message>
    <message>
      <source>More training rows were added in every epoch</source>
      <translation>In jeder Epoche kamen weitere Trainingszeilen hinzu</translation>
    </message>
    <message>
      <source>Every epoch uses the same training rows, only in a new order. The data stayed the same; the weights changed.</source>
      <translation>Jede Epoche verwendet dieselben Trainingszeilen, nur in neuer Reihenfolge. Die Daten blieben gleich; die Gewichte haben sich geändert.</translation>
    </message>
    <message>
      <source>Some input features were switched off as training went on</source>
      <translation>Einige Eingabemerkmale wurden im Lauf des Trainings abgeschaltet</translation>
    </message>
    <message>
      <source>All the features are used in every epoch. What changes are the weights that multiply them.</source>
      <translation>Alle Merkmale werden in jeder Epoche verwendet. Was sich ändert, sind die Gewichte, mit denen sie multipliziert werden.</translation>
    </message>
    <message>
      <source>The loss always falls over time on its own</source>
      <translation>Der Verlust fällt mit der Zeit immer von selbst</translation>
    </message>
    <message>
      <source>It falls only because the weights are updated to lower it. With a learning rate that is too large it can even rise.</source>
      <translation>Er fällt nur, weil die Gewichte so geändert werden, dass er sinkt. Mit einer zu großen Lernrate kann er sogar steigen.</translation>
    </message>
    <message>
      <source>It has learned a real pattern, well beyond guessing (more than {far} points above)</source>
      <translation>Es hat ein echtes Muster gelernt, weit besser als Raten (mehr als {far} Punkte darüber)</translation>
    </message>
    <message>
      <source>It has found some pattern, but is only a little better than guessing ({near} to {far} points above)</source>
      <translation>Es hat ein gewisses Muster gefunden, ist aber nur wenig besser als Raten ({near} bis {far} Punkte darüber)</translation>
    </message>
    <message>
      <source>It does about as well as guessing (within {near} points either way), so its accuracy shows no clear pattern yet</source>
      <translation>Es ist etwa so gut wie Raten (höchstens {near} Punkte Abstand in beide Richtungen), seine Genauigkeit zeigt also noch kein klares Muster</translation>
    </message>
    <message>
      <source>It does worse than guessing (more than {near} points below): what it learned does not hold for new examples</source>
      <translation>Es ist schlechter als Raten (mehr als {near} Punkte darunter): Was es gelernt hat, gilt nicht für neue Beispiele</translation>
    </message>
    <message>
      <source>It explains most of the variation of the target (R² of {strong} or more)</source>
      <translation>Es erklärt den Großteil der Variation des Zielwerts (R² von {strong} oder mehr)</translation>
    </message>
    <message>
      <source>It has found some pattern, but much of the variation is left (R² from {some} to below {strong})</source>
      <translation>Es hat ein gewisses Muster gefunden, aber ein großer Teil der Variation bleibt übrig (R² von {some} bis unter {strong})</translation>
    </message>
    <message>
      <source>It is only a little better than predicting the mean (R² above 0 but below {some})</source>
      <translation>Es ist nur wenig besser, als den Mittelwert vorherzusagen (R² über 0, aber unter {some})</translation>
    </message>
    <message>
      <source>It does no better than always predicting the mean (R² of 0 or less)</source>
      <translation>Es ist nicht besser, als immer den Mittelwert vorherzusagen (R² von 0 oder weniger)</translation>
    </message>
    <message>
      <source>Its hidden layers built combinations of the features that a straight-line boundary cannot express (more than {m} points ahead)</source>
      <translation>Seine verborgenen Schichten haben Kombinationen der Merkmale gebildet, die eine gerade Grenze nicht ausdrücken kann (mehr als {m} Punkte voraus)</translation>
    </message>
    <message>
      <source>Its hidden layers have not paid off yet (within {m} points): the pattern may be nearly a straight line, or it needs more training</source>
      <translation>Seine verborgenen Schichten haben sich noch nicht ausgezahlt (höchstens {m} Punkte Abstand): Das Muster ist vielleicht fast eine gerade Linie, oder es braucht mehr Training</translation>
    </message>
    <message>
      <source>It does worse than a straight line (more than {m} points behind): its training has not got far enough, or went wrong</source>
      <translation>Es ist schlechter als eine gerade Linie (mehr als {m} Punkte zurück): Sein Training ist nicht weit genug gekommen oder schiefgegangen</translation>
    </message>
    <message>
      <source>The network with no hidden layer was given fewer training rows</source>
      <translation>Das Netz ohne verborgene Schicht bekam weniger Trainingszeilen</translation>
    </message>
    <message>
      <source>Both learn from the same number of training rows and are tested on validation rows they never train on, so the comparison is fair.</source>
      <translation>Beide lernen aus gleich vielen Trainingszeilen und werden auf Validierungszeilen getestet, mit denen sie nie trainieren; der Vergleich ist also fair.</translation>
    </message>
    <message>
      <source>The network is memorising details and noise of the training rows that do not hold for new examples</source>
      <translation>Das Netz lernt Details und Rauschen der Trainingszeilen auswendig, die für neue Beispiele nicht gelten</translation>
    </message>
    <message>
      <source>This is overfitting: it fits the training rows ever more closely while getting worse on rows it has not seen. Stopping earlier, a smaller network, more data or L2 help.</source>
      <translation>Das ist Überanpassung: Das Netz passt sich den Trainingszeilen immer enger an und wird dabei auf Zeilen, die es nicht gesehen hat, schlechter. Früher aufhören, ein kleineres Netz, mehr Daten oder L2 helfen.</translation>
    </message>
    <message>
      <source>The validation rows were swapped for harder ones</source>
      <translation>Die Validierungszeilen wurden gegen schwierigere ausgetauscht</translation>
    </message>
    <message>
      <source>The validation rows are chosen once, before training, and never change.</source>
      <translation>Die Validierungszeilen werden einmal vor dem Training gewählt und ändern sich nie.</translation>
    </message>
    <message>
      <source>The network has stopped learning from the training rows</source>
      <translation>Das Netz lernt nicht mehr aus den Trainingszeilen</translation>
    </message>
    <message>
      <source>The training loss fell from {a} to {b}: it is still learning the training rows, all too well.</source>
      <translation>Der Trainingsverlust fiel von {a} auf {b}: Das Netz lernt die Trainingszeilen noch immer, nur allzu gut.</translation>
    </message>
    <message>
      <source>The learning rate has dropped to zero</source>
      <translation>Die Lernrate ist auf null gefallen</translation>
    </message>
    <message>
      <source>The training loss is still changing, so the weights are still being updated.</source>
      <translation>Der Trainingsverlust ändert sich noch, also werden die Gewichte noch angepasst.</translation>
    </message>
    <message>
      <source>The training data changed</source>
      <translation>Die Trainingsdaten haben sich geändert</translation>
    </message>
    <message>
      <source>Every epoch uses the same training rows, only in a shuffled order.</source>
      <translation>Jede Epoche verwendet dieselben Trainingszeilen, nur in gemischter Reihenfolge.</translation>
    </message>
    <message>
      <source>A rising loss means training has finished</source>
      <translation>Ein steigender Verlust bedeutet, dass das Training fertig ist</translation>
    </message>
    <message>
      <source>Training stops after the number of epochs you chose. A rising loss means the latest steps made the predictions worse.</source>
      <translation>Das Training endet nach der Anzahl Epochen, die du gewählt hast. Ein steigender Verlust bedeutet, dass die letzten Schritte die Vorhersagen verschlechtert haben.</translation>
    </message>
    <message>
      <source>The network deleted some of its weights</source>
      <translation>Das Netz hat einige seiner Gewichte gelöscht</translation>
    </message>
    <message>
      <source>The network keeps all its weights; their values changed in a way that raised the loss.</source>
      <translation>Das Netz behält alle seine Gewichte; ihre Werte haben sich so geändert, dass der Verlust gestiegen ist.</translation>
    </message>
    <message>
      <source>Change the set-up: another learning rate, or more hidden units or layers so the network can express a more complex pattern</source>
      <translation>Die Einstellungen ändern: eine andere Lernrate oder mehr verborgene Einheiten oder Schichten, damit das Netz ein komplexeres Muster ausdrücken kann</translation>
    </message>
    <message>
      <source>A plateau means this network with these settings has stopped finding improvements. Steps that are too small, or a network too simple for the pattern, are the usual causes.</source>
      <translation>Ein Plateau bedeutet, dass dieses Netz mit diesen Einstellungen keine Verbesserungen mehr findet. Zu kleine Schritte oder ein für das Muster zu einfaches Netz sind die üblichen Ursachen.</translation>
    </message>
    <message>
      <source>Nothing: a flat loss means the data has been learned perfectly</source>
      <translation>Nichts: Ein flacher Verlust bedeutet, dass die Daten perfekt gelernt sind</translation>
    </message>
    <message>
      <source>Validation accuracy is only {v}: the network is stuck, not finished.</source>
      <translation>Die Validierungsgenauigkeit liegt nur bei {v}: Das Netz steckt fest, es ist nicht fertig.</translation>
    </message>
    <message>
      <source>Just wait: new training rows arrive every epoch</source>
      <translation>Einfach warten: In jeder Epoche kommen neue Trainingszeilen hinzu</translation>
    </message>
    <message>
      <source>The training rows are the same in every epoch, only shuffled. Nothing new arrives.</source>
      <translation>Die Trainingszeilen sind in jeder Epoche dieselben, nur gemischt. Es kommt nichts Neues hinzu.</translation>
    </message>
    <message>
      <source>Scale the features to the range 0–1</source>
      <translation>Die Merkmale auf den Bereich 0–1 skalieren</translation>
    </message>
    <message>
      <source>LayerLab already scales every feature to 0–1 before training, so that is not what is missing.</source>
      <translation>LayerLab skaliert jedes Merkmal schon vor dem Training auf 0–1, daran fehlt es also nicht.</translation>
    </message>
    <message>
      <source>Well beyond guessing means more than {far} points above: a pattern that holds for examples it has never seen.</source>
      <translation>Weit besser als Raten heißt mehr als {far} Punkte darüber: ein Muster, das auch für Beispiele gilt, die das Netz nie gesehen hat.</translation>
    </message>
    <message>
      <source>A little better than guessing means more than {near} and at most {far} points above: a start, not yet a strong pattern.</source>
      <translation>Wenig besser als Raten heißt mehr als {near} und höchstens {far} Punkte darüber: ein Anfang, noch kein starkes Muster.</translation>
    </message>
    <message>
      <source>Within {near} points either way is about what always giving the more common answer scores.</source>
      <translation>Höchstens {near} Punkte Abstand in beide Richtungen ist etwa das, was man erreicht, wenn man immer die häufigere Antwort gibt.</translation>
    </message>
    <message>
      <source>More than {near} points below means it does worse than not looking at the inputs at all.</source>
      <translation>Mehr als {near} Punkte darunter heißt, das Netz ist schlechter, als gar nicht auf die Eingaben zu schauen.</translation>
    </message>
    <message>
      <source>From {strong}, the errors are small next to how much the target varies.</source>
      <translation>Ab {strong} sind die Fehler klein im Vergleich dazu, wie stark der Zielwert schwankt.</translation>
    </message>
    <message>
      <source>From {some} to below {strong}: better than the mean, not yet close.</source>
      <translation>Von {some} bis unter {strong}: besser als der Mittelwert, aber noch nicht nah dran.</translation>
    </message>
    <message>
      <source>Above 0 but below {some}: it explains only a small part of the variation.</source>
      <translation>Über 0, aber unter {some}: Es erklärt nur einen kleinen Teil der Variation.</translation>
    </message>
    <message>
      <source>At 0 or below, always answering the training mean would do as well or better.</source>
      <translation>Bei 0 oder darunter wäre es genauso gut oder besser, immer den Trainingsmittelwert zu antworten.</translation>
    </message>
    <message>
      <source>More than {m} points ahead is a gain no straight line reached: the hidden layers combined the features.</source>
      <translation>Mehr als {m} Punkte voraus ist ein Gewinn, den keine gerade Linie erreicht hat: Die verborgenen Schichten haben die Merkmale kombiniert.</translation>
    </message>
    <message>
      <source>Within {m} points either way is no real gain over a straight line.</source>
      <translation>Höchstens {m} Punkte Abstand in beide Richtungen ist kein echter Gewinn gegenüber einer geraden Linie.</translation>
    </message>
    <message>
      <source>A network with hidden layers can do all a straight line does, so more than {m} points behind means its training fell short.</source>
      <translation>Ein Netz mit verborgenen Schichten kann alles, was eine gerade Linie kann; mehr als {m} Punkte zurück heißt also, dass sein Training zu kurz kam.</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <source>text in quotes</source>
      <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>eine ganze Zahl</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>eine Zahl</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true oder false</translation>
    </message>
    <message>
      <source>a list [...]</source>
      <translation>eine Liste [...]</translation>
    </message>
    <message>
      <source>an object {{...}}</source>
      <translation>ein Objekt {{...}}</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <source>must be {what}, not {value}.</source>
      <translation>muss {what} sein, nicht {value}.</translation>
    </message>
    <message>
      <source>must be {what} from {low} to {high}, not {value}.</source>
      <translation>muss {what} von {low} bis {high} sein, nicht {value}.</translation>
    </message>
    <message>
      <source>must be {what} from {low}, not {value}.</source>
      <translation>muss {what} ab {low} sein, nicht {value}.</translation>
    </message>
    <message>
      <source>must be {what} up to {high}, not {value}.</source>
      <translation>muss {what} bis {high} sein, nicht {value}.</translation>
    </message>
    <message>
      <source>is not a known key{hint}. Use one of: {names}.</source>
      <translation>ist kein bekannter Schlüssel{hint}. Verwende einen von: {names}.</translation>
    </message>
    <message>
      <source>is not a known setting{hint}. Use one of: {names}.</source>
      <translation>ist keine bekannte Einstellung{hint}. Verwende eine von: {names}.</translation>
    </message>
    <message>
      <source>is missing.</source>
      <translation>fehlt.</translation>
    </message>
    <message>
      <source>(did you mean "{name}"?)</source>
      <translation>(meintest du "{name}"?)</translation>
    </message>
    <message>
      <source>must be one of {names}, not {value}{hint}.</source>
      <translation>muss eins von {names} sein, nicht {value}{hint}.</translation>
    </message>
    <message>
      <source>is not a known {noun}{hint}. Use one of: {names}.</source>
      <translation>ist unbekannt ({noun}){hint}. Verwende eins von: {names}.</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy just above random</source>
      <translation>Das Modell beginnt zu lernen, Genauigkeit knapp über Zufall</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy not yet above random</source>
      <translation>Das Modell beginnt zu lernen, Genauigkeit noch nicht über Zufall</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy already clearly above random</source>
      <translation>Das Modell beginnt zu lernen, Genauigkeit schon deutlich über Zufall</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy not above random</source>
      <translation>Das Modell hat bisher wenig gelernt, Genauigkeit nicht über Zufall</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy just above random</source>
      <translation>Das Modell hat bisher wenig gelernt, Genauigkeit knapp über Zufall</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy improves</source>
      <translation>Das Modell lernt einfache Muster, die Genauigkeit steigt</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy did not improve this epoch</source>
      <translation>Das Modell lernt einfache Muster, die Genauigkeit ist in dieser Epoche nicht gestiegen</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy high</source>
      <translation>Das Modell erfasst komplexe Muster, Genauigkeit hoch</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy not high this epoch</source>
      <translation>Das Modell erfasst komplexe Muster, Genauigkeit in dieser Epoche nicht hoch</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy stabilizes</source>
      <translation>Das Modell verfeinert Details, die Genauigkeit stabilisiert sich</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy still moving</source>
      <translation>Das Modell verfeinert Details, die Genauigkeit bewegt sich noch</translation>
    </message>
    <message>
      <source>Model converges, loss low and accuracy high</source>
      <translation>Das Modell konvergiert, Verlust niedrig und Genauigkeit hoch</translation>
    </message>
    <message>
      <source>Model has settled, but the loss rose this epoch</source>
      <translation>Das Modell hat sich eingependelt, aber der Verlust ist in dieser Epoche gestiegen</translation>
    </message>
    <message>
      <source>Model has settled, but the loss is still above its best</source>
      <translation>Das Modell hat sich eingependelt, aber der Verlust liegt noch über seinem Bestwert</translation>
    </message>
    <message>
      <source>Model has settled, but accuracy is not high this epoch</source>
      <translation>Das Modell hat sich eingependelt, aber die Genauigkeit ist in dieser Epoche nicht hoch</translation>
    </message>
    <message>
      <source>Model has settled, accuracy high but loss not yet low</source>
      <translation>Das Modell hat sich eingependelt, Genauigkeit hoch, aber der Verlust noch nicht niedrig</translation>
    </message>
    <message>
      <source>Training stopped; the numbers are those of the rolled-back weights</source>
      <translation>Training gestoppt; die Werte sind die der zurückgesetzten Gewichte</translation>
    </message>
    <message>
      <source>Loss bump: the loss rose more than 5% this epoch</source>
      <translation>Verlustanstieg: Der Verlust stieg in dieser Epoche um mehr als 5 %</translation>
    </message>
    <message>
      <source>Loss more than 5% above its best for 2+ epochs: try a lower learning rate</source>
      <translation>Verlust seit 2+ Epochen mehr als 5 % über seinem Bestwert: Versuche eine kleinere Lernrate</translation>
    </message>
    <message>
      <source>Overfitting: validation loss 5%+ above its best for 3+ epochs</source>
      <translation>Überanpassung: Validierungsverlust seit 3+ Epochen 5 %+ über seinem Bestwert</translation>
    </message>
    <message>
      <source>Plateau: the loss moved less than 1% in 3 epochs, accuracy not high</source>
      <translation>Plateau: Der Verlust hat sich in 3 Epochen um weniger als 1 % bewegt, Genauigkeit nicht hoch</translation>
    </message>
    <message>
      <source>Training diverged: the loss blew up instead of falling</source>
      <translation>Training divergiert: Der Verlust ist explodiert, statt zu fallen</translation>
    </message>
    <message>
      <source>Model starts learning, R² just above 0</source>
      <translation>Das Modell beginnt zu lernen, R² knapp über 0</translation>
    </message>
    <message>
      <source>Model starts learning, R² not yet above 0</source>
      <translation>Das Modell beginnt zu lernen, R² noch nicht über 0</translation>
    </message>
    <message>
      <source>Model starts learning, R² already clearly above 0</source>
      <translation>Das Modell beginnt zu lernen, R² schon deutlich über 0</translation>
    </message>
    <message>
      <source>Model has learned little so far, R² not above 0</source>
      <translation>Das Modell hat bisher wenig gelernt, R² nicht über 0</translation>
    </message>
    <message>
      <source>Model has learned little so far, R² just above 0</source>
      <translation>Das Modell hat bisher wenig gelernt, R² knapp über 0</translation>
    </message>
    <message>
      <source>Model learns basic patterns, R² improves</source>
      <translation>Das Modell lernt einfache Muster, das R² steigt</translation>
    </message>
    <message>
      <source>Model learns basic patterns, R² did not improve this epoch</source>
      <translation>Das Modell lernt einfache Muster, das R² ist in dieser Epoche nicht gestiegen</translation>
    </message>
    <message>
      <source>Model captures complex patterns, R² high</source>
      <translation>Das Modell erfasst komplexe Muster, R² hoch</translation>
    </message>
    <message>
      <source>Model captures complex patterns, R² not high this epoch</source>
      <translation>Das Modell erfasst komplexe Muster, R² in dieser Epoche nicht hoch</translation>
    </message>
    <message>
      <source>Model fine-tunes details, R² stabilizes</source>
      <translation>Das Modell verfeinert Details, das R² stabilisiert sich</translation>
    </message>
    <message>
      <source>Model fine-tunes details, R² still moving</source>
      <translation>Das Modell verfeinert Details, das R² bewegt sich noch</translation>
    </message>
    <message>
      <source>Model converges, loss low and R² high</source>
      <translation>Das Modell konvergiert, Verlust niedrig und R² hoch</translation>
    </message>
    <message>
      <source>Model has settled, but R² is not high this epoch</source>
      <translation>Das Modell hat sich eingependelt, aber das R² ist in dieser Epoche nicht hoch</translation>
    </message>
    <message>
      <source>Model has settled, R² high but loss not yet low</source>
      <translation>Das Modell hat sich eingependelt, R² hoch, aber der Verlust noch nicht niedrig</translation>
    </message>
    <message>
      <source>Plateau: the loss moved less than 1% in 3 epochs, R² not high</source>
      <translation>Plateau: Der Verlust hat sich in 3 Epochen um weniger als 1 % bewegt, R² nicht hoch</translation>
    </message>
    <message>
      <source>The training loss is more than 5% higher than in the epoch before. One bump is normal with mini-batches; it matters only if it lasts.</source>
      <translation>Der Trainingsverlust ist mehr als 5 % höher als in der Epoche davor. Ein einzelner Anstieg ist bei Mini-Batches normal; er zählt nur, wenn er anhält.</translation>
    </message>
    <message>
      <source>The training loss has been more than 5% above its best earlier value for at least 2 epochs in a row: the steps overshoot. Try a lower learning rate.</source>
      <translation>Der Trainingsverlust liegt seit mindestens 2 Epochen in Folge mehr als 5 % über seinem früheren Bestwert: Die Schritte schießen über das Ziel hinaus. Versuche eine kleinere Lernrate.</translation>
    </message>
    <message>
      <source>The validation loss has been at least 5% above its best for at least 3 epochs in a row, while the training loss is lower than when validation was at its best: the network is learning its training rows by heart.</source>
      <translation>Der Validierungsverlust liegt seit mindestens 3 Epochen in Folge mindestens 5 % über seinem Bestwert, während der Trainingsverlust niedriger ist als zu der Zeit, als die Validierung am besten war: Das Netz lernt seine Trainingszeilen auswendig.</translation>
    </message>
    <message>
      <source>The training loss moved by less than 1% over the last 3 epochs while validation accuracy is not yet high: learning is stuck (a bigger network or other settings may help).</source>
      <translation>Der Trainingsverlust hat sich in den letzten 3 Epochen um weniger als 1 % bewegt, während die Validierungsgenauigkeit noch nicht hoch ist: Das Lernen steckt fest (ein größeres Netz oder andere Einstellungen können helfen).</translation>
    </message>
    <message>
      <source>The loss became infinite, not a number, or exploded. Training stopped and the weights were rolled back to the last good epoch; this row shows their numbers. Try a learning rate at least 10 times smaller.</source>
      <translation>Der Verlust wurde unendlich, keine Zahl oder ist explodiert. Das Training wurde gestoppt und die Gewichte auf die letzte gute Epoche zurückgesetzt; diese Zeile zeigt deren Werte. Versuche eine mindestens 10-mal kleinere Lernrate.</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>fertig</translation>
    </message>
    <message>
      <source>diverged</source>
      <translation>divergiert</translation>
    </message>
    <message>
      <source>▲ loss bump</source>
      <translation>▲ Verlustanstieg</translation>
    </message>
    <message>
      <source>⚠ learning rate too high</source>
      <translation>⚠ Lernrate zu hoch</translation>
    </message>
    <message>
      <source>⚠ overfitting</source>
      <translation>⚠ Überanpassung</translation>
    </message>
    <message>
      <source>▬ plateau</source>
      <translation>▬ Plateau</translation>
    </message>
    <message>
      <source>✖ diverged</source>
      <translation>✖ divergiert</translation>
    </message>
    <message>
      <source>Phase: {phase} ({n} of {total}). Phases only move forward. Here “accuracy” is validation accuracy and “loss” is training loss.</source>
      <translation>Phase: {phase} ({n} von {total}). Phasen gehen nur vorwärts. „Genauigkeit“ ist hier die Validierungsgenauigkeit und „Verlust“ der Trainingsverlust.</translation>
    </message>
    <message>
      <source>Phase: {phase} ({n} of {total}). Phases only move forward. Here “R²” is validation R² and “loss” is training loss.</source>
      <translation>Phase: {phase} ({n} von {total}). Phasen gehen nur vorwärts. „R²“ ist hier das Validierungs-R² und „Verlust“ der Trainingsverlust.</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <source>MAE ↓</source>
      <translation>MAE ↓</translation>
    </message>
    <message>
      <source>Lecture: one example, one stage every 2 seconds</source>
      <translation>Vortrag: ein Beispiel, eine Stufe alle 2 Sekunden</translation>
    </message>
    <message>
      <source>Slow motion: 1 batch per second</source>
      <translation>Zeitlupe: 1 Batch pro Sekunde</translation>
    </message>
    <message>
      <source>5 batches per second</source>
      <translation>5 Batches pro Sekunde</translation>
    </message>
    <message>
      <source>1 epoch per second</source>
      <translation>1 Epoche pro Sekunde</translation>
    </message>
    <message>
      <source>2 epochs per second</source>
      <translation>2 Epochen pro Sekunde</translation>
    </message>
    <message>
      <source>Classroom pace: 5 epochs per second</source>
      <translation>Unterrichtstempo: 5 Epochen pro Sekunde</translation>
    </message>
    <message>
      <source>10 epochs per second</source>
      <translation>10 Epochen pro Sekunde</translation>
    </message>
    <message>
      <source>As fast as possible</source>
      <translation>So schnell wie möglich</translation>
    </message>
    <message>
      <source>Finished the budget of {epochs} epochs.</source>
      <translation>Die vorgesehenen {epochs} Epochen sind abgeschlossen.</translation>
    </message>
    <message>
      <source>Finished the budget of {epochs} epochs; the validation loss was lowest at epoch {best_epoch} (weights from epoch {best_epoch} restored).</source>
      <translation>Die vorgesehenen {epochs} Epochen sind abgeschlossen; der Validierungsverlust war in Epoche {best_epoch} am niedrigsten (Gewichte aus Epoche {best_epoch} wiederhergestellt).</translation>
    </message>
    <message>
      <source>Stopped early at epoch {epoch}: validation loss had not improved for {patience} epochs since its best at epoch {best_epoch}.</source>
      <translation>In Epoche {epoch} früh gestoppt: Der Validierungsverlust hatte sich seit seinem Bestwert in Epoche {best_epoch} {patience} Epochen lang nicht verbessert.</translation>
    </message>
    <message>
      <source>Stopped early at epoch {epoch}: validation loss had not improved for {patience} epochs since its best at epoch {best_epoch} (weights from epoch {best_epoch} restored).</source>
      <translation>In Epoche {epoch} früh gestoppt: Der Validierungsverlust hatte sich seit seinem Bestwert in Epoche {best_epoch} {patience} Epochen lang nicht verbessert (Gewichte aus Epoche {best_epoch} wiederhergestellt).</translation>
    </message>
    <message>
      <source>Stopped at epoch {epoch}: the loss diverged; the weights were rolled back to the end of epoch {kept}.</source>
      <translation>In Epoche {epoch} gestoppt: Der Verlust ist divergiert; die Gewichte wurden auf das Ende von Epoche {kept} zurückgesetzt.</translation>
    </message>
    <message>
      <source>Stopped at epoch {epoch}: the loss diverged; the weights were rolled back to their starting values.</source>
      <translation>In Epoche {epoch} gestoppt: Der Verlust ist divergiert; die Gewichte wurden auf ihre Startwerte zurückgesetzt.</translation>
    </message>
    <message>
      <source>Stopped by the user after {done} of {epochs} epochs.</source>
      <translation>Vom Benutzer nach {done} von {epochs} Epochen gestoppt.</translation>
    </message>
    <message>
      <source>{seconds:.1f} s.</source>
      <translation>{seconds:.1f} s.</translation>
    </message>
    <message>
      <source>Full history (CSV)…</source>
      <translation>Vollständiger Verlauf (CSV)…</translation>
    </message>
    <message>
      <source>Every mini-batch loss (CSV)…</source>
      <translation>Verlust jedes Mini-Batches (CSV)…</translation>
    </message>
    <message>
      <source>Trained weights (.npz)…</source>
      <translation>Trainierte Gewichte (.npz)…</translation>
    </message>
    <message>
      <source>NumPy arrays (*.npz)</source>
      <translation>NumPy-Arrays (*.npz)</translation>
    </message>
    <message>
      <source>Trained weights (JSON)…</source>
      <translation>Trainierte Gewichte (JSON)…</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Pipeline diagram (PNG)…</source>
      <translation>Pipeline-Diagramm (PNG)…</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
      <source>Two classes (yes/no)</source>
      <translation>Zwei Klassen (ja/nein)</translation>
    </message>
    <message>
      <source>Several classes (3 to 20)</source>
      <translation>Mehrere Klassen (3 bis 20)</translation>
    </message>
    <message>
      <source>A number</source>
      <translation>Eine Zahl</translation>
    </message>
    <message>
      <source>Decide from the column</source>
      <translation>Anhand der Spalte entscheiden</translation>
    </message>
    <message>
      <source>The column the network learns to predict; it needs two values.</source>
      <translation>Die Spalte, die das Netz vorhersagen lernt; sie braucht zwei Werte.</translation>
    </message>
    <message>
      <source>The column the network learns to predict; it needs 2 to 20 values (classes).</source>
      <translation>Die Spalte, die das Netz vorhersagen lernt; sie braucht 2 bis 20 Werte (Klassen).</translation>
    </message>
    <message>
      <source>The column the network learns to predict; every value a number.</source>
      <translation>Die Spalte, die das Netz vorhersagen lernt; jeder Wert eine Zahl.</translation>
    </message>
    <message>
      <source>The column the network learns to predict: up to 20 values are classes, more numbers are a number to predict.</source>
      <translation>Die Spalte, die das Netz vorhersagen lernt: Bis zu 20 Werte sind Klassen, mehr Zahlen sind eine vorherzusagende Zahl.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. It needs two values, each in at least 5% of the rows and 10 rows.</source>
      <translation>Wähle die Zielspalte: die Spalte, die das Netz vorhersagen lernt. Sie braucht zwei Werte, jeden in mindestens 5 % der Zeilen und in 10 Zeilen.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. It needs 2 to 20 classes, each in at least 1% of the rows and 5 rows.</source>
      <translation>Wähle die Zielspalte: die Spalte, die das Netz vorhersagen lernt. Sie braucht 2 bis 20 Klassen, jede in mindestens 1 % der Zeilen und in 5 Zeilen.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. Every value must be a number, with at least two different ones.</source>
      <translation>Wähle die Zielspalte: die Spalte, die das Netz vorhersagen lernt. Jeder Wert muss eine Zahl sein, mit mindestens zwei verschiedenen.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict (two to 20 values: classes; more numbers: a number).</source>
      <translation>Wähle die Zielspalte: die Spalte, die das Netz vorhersagen lernt (zwei bis 20 Werte: Klassen; mehr Zahlen: eine Zahl).</translation>
    </message>
    <message>
      <source>LayerLab profile (*.toml)</source>
      <translation>LayerLab-Profil (*.toml)</translation>
    </message>
    <message>
      <source>LayerLab session (*.layerlab)</source>
      <translation>LayerLab-Sitzung (*.layerlab)</translation>
    </message>
    <message>
      <source>Start or pause training (Space)</source>
      <translation>Training starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
      <source>Train exactly one more epoch, then pause (Right arrow)</source>
      <translation>Genau eine weitere Epoche trainieren, dann pausieren (Pfeil rechts)</translation>
    </message>
    <message>
      <source>Make one mini-batch update, then pause (Shift+Right)</source>
      <translation>Eine Mini-Batch-Änderung machen, dann pausieren (Umschalt+Rechts)</translation>
    </message>
    <message>
      <source>Walk one example of the next mini-batch through the network, one stage per press; the last stage makes the batch's update (Ctrl+Right)</source>
      <translation>Ein Beispiel des nächsten Mini-Batches durch das Netz führen, eine Stufe pro Druck; die letzte Stufe macht die Änderung des Batches (Strg+Rechts)</translation>
    </message>
    <message>
      <source>Start again with fresh random weights from the same seed (Ctrl+R)</source>
      <translation>Mit frischen Zufallsgewichten aus demselben Seed neu beginnen (Strg+R)</translation>
    </message>
    <message>
      <source>Test your understanding with a few questions (Ctrl+T)</source>
      <translation>Prüfe dein Verständnis mit ein paar Fragen (Strg+T)</translation>
    </message>
    <message>
      <source>Show or hide the network, data and speed settings</source>
      <translation>Die Einstellungen für Netz, Daten und Tempo zeigen oder verbergen</translation>
    </message>
    <message>
      <source>Which data to learn from; athletes is the lesson's data</source>
      <translation>Aus welchen Daten gelernt wird; athletes sind die Daten der Lektion</translation>
    </message>
    <message>
      <source>How many passes over the training rows</source>
      <translation>Wie viele Durchgänge über die Trainingszeilen</translation>
    </message>
    <message>
      <source>Step size of each update; can change while training runs</source>
      <translation>Schrittweite jeder Änderung; kann während des Trainings geändert werden</translation>
    </message>
    <message>
      <source>Examples per mini-batch update</source>
      <translation>Beispiele je Mini-Batch-Änderung</translation>
    </message>
    <message>
      <source>adam adapts each weight's step; sgd uses one step with momentum</source>
      <translation>adam passt den Schritt jedes Gewichts an; sgd nutzt einen Schritt mit Momentum</translation>
    </message>
    <message>
      <source>Hidden layer sizes, e.g. "64, 32"; leave empty for no hidden layer</source>
      <translation>Größen der verborgenen Schichten, z. B. "64, 32"; leer lassen für keine verborgene Schicht</translation>
    </message>
    <message>
      <source>The function each hidden unit applies to its weighted sum</source>
      <translation>Die Funktion, die jede verborgene Einheit auf ihre gewichtete Summe anwendet</translation>
    </message>
    <message>
      <source>One activation per hidden layer, first to last, e.g. "relu, tanh"</source>
      <translation>Eine Aktivierung je verborgener Schicht, von der ersten bis zur letzten, z. B. "relu, tanh"</translation>
    </message>
    <message>
      <source>Same seed, same data, same starting weights, same run</source>
      <translation>Gleicher Seed, gleiche Daten, gleiche Startgewichte, gleicher Lauf</translation>
    </message>
    <message>
      <source>Move every point by random jitter, as a share of the data's spread; the labels stay, so the classes blur into each other</source>
      <translation>Jeden Punkt zufällig verschieben, um einen Anteil der Streuung der Daten; die Labels bleiben, sodass die Klassen ineinander verschwimmen</translation>
    </message>
    <message>
      <source>How the points are shared between training and validation</source>
      <translation>Wie die Punkte auf Training und Validierung verteilt werden</translation>
    </message>
    <message>
      <source>Draw new points from the same generator; the network starts from the same weights</source>
      <translation>Neue Punkte aus demselben Generator ziehen; das Netz beginnt mit denselben Gewichten</translation>
    </message>
    <message>
      <source>Extra inputs computed from x₁ and x₂; each adds an input unit</source>
      <translation>Zusätzliche Eingaben, aus x₁ und x₂ berechnet; jede fügt eine Eingabeeinheit hinzu</translation>
    </message>
    <message>
      <source>L1 penalty: rate × the sum of |w| over the weights; 0 for none</source>
      <translation>L1-Strafterm: Rate × Summe von |w| über alle Gewichte; 0 für keinen</translation>
    </message>
    <message>
      <source>L2 penalty: rate × the sum of w² over the weights; 0 for none</source>
      <translation>L2-Strafterm: Rate × Summe von w² über alle Gewichte; 0 für keinen</translation>
    </message>
    <message>
      <source>End the run when the validation loss has not improved for the patience's number of epochs</source>
      <translation>Den Lauf beenden, wenn sich der Validierungsverlust so viele Epochen lang nicht verbessert hat, wie die Geduld angibt</translation>
    </message>
    <message>
      <source>Epochs in a row without a lower validation loss before stopping</source>
      <translation>Epochen in Folge ohne niedrigeren Validierungsverlust, bevor gestoppt wird</translation>
    </message>
    <message>
      <source>When the run ends, put back the weights of the epoch with the lowest validation loss</source>
      <translation>Wenn der Lauf endet, die Gewichte der Epoche mit dem niedrigsten Validierungsverlust zurückholen</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 1)</source>
      <translation>Merkmalsextraktion (Schicht 1)</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 2)</source>
      <translation>Merkmalsextraktion (Schicht 2)</translation>
    </message>
    <message>
      <source>Raw data collected with 20 features per example</source>
      <translation>Rohdaten mit 20 Merkmalen je Beispiel</translation>
    </message>
    <message>
      <source>Mean val. acc.</source>
      <translation>Mittl. Val.-Genauigkeit</translation>
    </message>
    <message>
      <source>Min–max</source>
      <translation>Min.–Max.</translation>
    </message>
    <message>
      <source>Epochs to 90%</source>
      <translation>Epochen bis 90 %</translation>
    </message>
    <message>
      <source>Export curves…</source>
      <translation>Kurven exportieren…</translation>
    </message>
    <message>
      <source>Export training trace (CSV)…</source>
      <translation>Trainingsprotokoll exportieren (CSV)…</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Deutsch</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>Español</source>
      <translation>Español</translation>
    </message>
  </context>
</TS>
