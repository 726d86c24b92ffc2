<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>LayerLab</name>
    <message>
      <source>Open profile…</source>
      <translation>Abrir perfil…</translation>
    </message>
    <message>
      <source>Save as classroom profile…</source>
      <translation>Guardar como perfil de clase…</translation>
    </message>
    <message>
      <source>Remember my setup</source>
      <translation>Recordar mi configuración</translation>
    </message>
    <message>
      <source>Start next time with this setup and speed (not on a shared login)</source>
      <translation>Empezar la próxima vez con esta configuración y velocidad (no en un inicio de sesión compartido)</translation>
    </message>
    <message>
      <source>Guided lesson</source>
      <translation>Lección guiada</translation>
    </message>
    <message>
      <source>Next size</source>
      <translation>Tamaño siguiente</translation>
    </message>
    <message>
      <source>Open classroom profile</source>
      <translation>Abrir perfil de clase</translation>
    </message>
    <message>
      <source>Fix the highlighted field first, then save the profile.</source>
      <translation>Corrige primero el campo marcado y luego guarda el perfil.</translation>
    </message>
    <message>
      <source>Drop the rows with missing or non-finite values</source>
      <translation>Quitar las filas con valores que faltan o no finitos</translation>
    </message>
    <message>
      <source>Open data</source>
      <translation>Abrir datos</translation>
    </message>
    <message>
      <source>The file's first rows</source>
      <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>Problemas encontrados</translation>
    </message>
    <message>
      <source>Load data</source>
      <translation>Cargar datos</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Ningún archivo elegido.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <source>What the network learns to predict.</source>
      <translation>Lo que la red aprende a predecir.</translation>
    </message>
    <message>
      <source>Choose the target column</source>
      <translation>Elegir la columna objetivo</translation>
    </message>
    <message>
      <source>Drop columns with a single value</source>
      <translation>Quitar las columnas con un solo valor</translation>
    </message>
    <message>
      <source>Predict</source>
      <translation>Predecir</translation>
    </message>
    <message>
      <source>Target column</source>
      <translation>Columna objetivo</translation>
    </message>
    <message>
      <source>Fixes</source>
      <translation>Correcciones</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.tsv *.txt)</source>
      <translation>Archivos CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Checking the choice…</source>
      <translation>Comprobando la elección…</translation>
    </message>
    <message>
      <source>The last column, '{name}', cannot be the target: {why}</source>
      <translation>La última columna, '{name}', no puede ser el objetivo: {why}</translation>
    </message>
    <message>
      <source>Ready to load</source>
      <translation>Listo para cargar</translation>
    </message>
    <message>
      <source>Press Load data to train on it.</source>
      <translation>Pulsa «Cargar datos» para entrenar con ellos.</translation>
    </message>
    <message>
      <source>This file cannot be loaded yet; the data in use stays.</source>
      <translation>Este archivo aún no se puede cargar; se mantienen los datos en uso.</translation>
    </message>
    <message>
      <source>Setting up the network for this data…</source>
      <translation>Preparando la red para estos datos…</translation>
    </message>
    <message>
      <source>The data in use stays; fix the file and try again.</source>
      <translation>Se mantienen los datos en uso; corrige el archivo y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Drop the row with missing or non-finite values</source>
      <translation>Quitar la fila con valores que faltan o no finitos</translation>
    </message>
    <message>
      <source>Drop the {n} rows with missing or non-finite values</source>
      <translation>Quitar las {n} filas con valores que faltan o no finitos</translation>
    </message>
    <message>
      <source>numbers</source>
      <translation>números</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>Load waits until the problems listed above are fixed.</source>
      <translation>La carga espera hasta que se corrijan los problemas indicados arriba.</translation>
    </message>
    <message>
      <source>None: the file can be loaded.</source>
      <translation>Ninguno: el archivo se puede cargar.</translation>
    </message>
    <message>
      <source>Open data (up to {mb} MB)</source>
      <translation>Abrir datos (hasta {mb} MB)</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>Leyendo {name}…</translation>
    </message>
    <message>
      <source>{name}: {rows} data rows, {cols} columns (first {shown} shown)</source>
      <translation>{name}: {rows} filas de datos, {cols} columnas (se muestran las primeras {shown})</translation>
    </message>
    <message>
      <source>Load waits: {first}</source>
      <translation>La carga espera: {first}</translation>
    </message>
    <message>
      <source>There is no run to export yet.</source>
      <translation>Todavía no hay ninguna ejecución que exportar.</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}.</source>
      <translation>{name} guardado en {folder}.</translation>
    </message>
    <message>
      <source>Open data…</source>
      <translation>Abrir datos…</translation>
    </message>
    <message>
      <source>Open session…</source>
      <translation>Abrir sesión…</translation>
    </message>
    <message>
      <source>Save session…</source>
      <translation>Guardar sesión…</translation>
    </message>
    <message>
      <source>Images (*.png *.svg)</source>
      <translation>Imágenes (*.png *.svg)</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Print / save run report…</source>
      <translation>Imprimir / guardar informe de la ejecución…</translation>
    </message>
    <message>
      <source>Print run report…</source>
      <translation>Imprimir informe de la ejecución…</translation>
    </message>
    <message>
      <source>Print / save run report</source>
      <translation>Imprimir / guardar informe de la ejecución</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Página web (*.html)</translation>
    </message>
    <message>
      <source>Save session</source>
      <translation>Guardar sesión</translation>
    </message>
    <message>
      <source>Open session</source>
      <translation>Abrir sesión</translation>
    </message>
    <message>
      <source>Opened the session saved at epoch {e}. {note}</source>
      <translation>Se abrió la sesión guardada en la época {e}. {note}</translation>
    </message>
    <message>
      <source>Fixed by your teacher's profile</source>
      <translation>Fijado por el perfil de tu profesor</translation>
    </message>
    <message>
      <source>(fixed)</source>
      <translation>(fijo)</translation>
    </message>
    <message>
      <source>Save classroom profile</source>
      <translation>Guardar perfil de clase</translation>
    </message>
    <message>
      <source>Save as classroom profile</source>
      <translation>Guardar como perfil de clase</translation>
    </message>
    <message>
      <source>The data, network and speed are saved as they are set now. Choose what students may change.</source>
      <translation>Los datos, la red y la velocidad se guardan tal como están ahora. Elige lo que el alumnado puede cambiar.</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Clase</translation>
    </message>
    <message>
      <source>e.g. Year 10 computing</source>
      <translation>p. ej. Informática, 4.º de ESO</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Font scale</source>
      <translation>Escala de letra</translation>
    </message>
    <message>
      <source>Controls</source>
      <translation>Controles</translation>
    </message>
    <message>
      <source>students may change it</source>
      <translation>el alumnado puede cambiarlo</translation>
    </message>
    <message>
      <source>locked (visible, fixed)</source>
      <translation>bloqueado (visible, fijo)</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>oculto</translation>
    </message>
    <message>
      <source>Quiz questions (ticked ones are asked)</source>
      <translation>Preguntas del cuestionario (se hacen las marcadas)</translation>
    </message>
    <message>
      <source>Save your run?</source>
      <translation>¿Guardar tu ejecución?</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>cerrar</translation>
    </message>
    <message>
      <source>A new lesson: the lesson's setup and a fresh run.</source>
      <translation>Una lección nueva: la configuración de la lección y una ejecución nueva.</translation>
    </message>
    <message>
      <source>Your trained run (epoch {epoch}) is not saved. Save it as a session before {action}? Discard loses the run and the quiz answers.</source>
      <translation>Tu ejecución entrenada (época {epoch}) no está guardada. ¿Guardarla como sesión antes de {action}? Descartar pierde la ejecución y las respuestas del cuestionario.</translation>
    </message>
    <message>
      <source>starting a new lesson</source>
      <translation>empezar una lección nueva</translation>
    </message>
    <message>
      <source>No epoch has finished yet: train the network to see the numbers.</source>
      <translation>Aún no ha terminado ninguna época: entrena la red para ver los números.</translation>
    </message>
    <message>
      <source>LayerLab run report</source>
      <translation>Informe de la ejecución de LayerLab</translation>
    </message>
    <message>
      <source>Student: {name}</source>
      <translation>Alumno/a: {name}</translation>
    </message>
    <message>
      <source>none (logistic regression)</source>
      <translation>ninguna (regresión logística)</translation>
    </message>
    <message>
      <source>Print run report</source>
      <translation>Imprimir informe de la ejecución</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Datos</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <source>Hidden layers</source>
      <translation>Capas ocultas</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>Optimizador</translation>
    </message>
    <message>
      <source>Epochs · seed</source>
      <translation>Épocas · semilla</translation>
    </message>
    <message>
      <source>Score: {score} of {total}</source>
      <translation>Puntuación: {score} de {total}</translation>
    </message>
    <message>
      <source>Sent the report to {printer}.</source>
      <translation>Informe enviado a {printer}.</translation>
    </message>
    <message>
      <source>{shown} of the {total} epochs, spread evenly; File → Export → Full history (CSV) has every epoch.</source>
      <translation>{shown} de las {total} épocas, repartidas por igual; Archivo → Exportar → Historial completo (CSV) tiene todas las épocas.</translation>
    </message>
    <message>
      <source>R² ↑</source>
      <translation>R² ↑</translation>
    </message>
    <message>
      <source>Val. loss ↓</source>
      <translation>Pérdida val. ↓</translation>
    </message>
    <message>
      <source>Val. R² ↑</source>
      <translation>R² val. ↑</translation>
    </message>
    <message>
      <source>Val. MAE ↓</source>
      <translation>MAE val. ↓</translation>
    </message>
    <message>
      <source>Accuracy ↑</source>
      <translation>Exactitud ↑</translation>
    </message>
    <message>
      <source>Val. accuracy ↑</source>
      <translation>Exactitud val. ↑</translation>
    </message>
    <message>
      <source>Saved the report in {path}.</source>
      <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
      <source>the printer</source>
      <translation>la impresora</translation>
    </message>
    <message>
      <source>Configuration</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>Training trace</source>
      <translation>Registro del entrenamiento</translation>
    </message>
    <message>
      <source>Key insight</source>
      <translation>Idea clave</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Cuestionario</translation>
    </message>
    <message>
      <source>{train} for training, {val} for validation</source>
      <translation>{train} para entrenamiento, {val} para validación</translation>
    </message>
    <message>
      <source>{layers} · activation {activation}</source>
      <translation>{layers} · activación {activation}</translation>
    </message>
    <message>
      <source>{optimizer}, learning rate {lr:g}, batch size {batch}</source>
      <translation>{optimizer}, tasa de aprendizaje {lr:g}, tamaño de lote {batch}</translation>
    </message>
    <message>
      <source>No epoch has finished yet.</source>
      <translation>Aún no ha terminado ninguna época.</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>Época</translation>
    </message>
    <message>
      <source>Loss ↓</source>
      <translation>Pérdida ↓</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observación</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <source>The quiz was not taken in this session.</source>
      <translation>El cuestionario no se hizo en esta sesión.</translation>
    </message>
    <message>
      <source>Training curves</source>
      <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
      <source>answered: {answer}</source>
      <translation>respondido: {answer}</translation>
    </message>
    <message>
      <source>; right: {answer}</source>
      <translation>; correcta: {answer}</translation>
    </message>
    <message>
      <source>Saved the session at epoch {e} to {path}.</source>
      <translation>Sesión guardada en la época {e} en {path}.</translation>
    </message>
    <message>
      <source>Student's name…</source>
      <translation>Nombre del alumno…</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Tu nombre</translation>
    </message>
    <message>
      <source>Your name, as it should be printed on the run report:</source>
      <translation>Tu nombre, tal como debe imprimirse en el informe de la ejecución:</translation>
    </message>
    <message>
      <source>First and last name</source>
      <translation>Nombre y apellidos</translation>
    </message>
    <message>
      <source>The name was not kept: {why}.</source>
      <translation>No se guardó el nombre: {why}.</translation>
    </message>
    <message>
      <source>The {name} rate must be a number such as 0.001 (0 for none).</source>
      <translation>La tasa {name} debe ser un número como 0.001 (0 para ninguna).</translation>
    </message>
    <message>
      <source>The {name} rate must be from 0 to {most:g}.</source>
      <translation>La tasa {name} debe estar entre 0 y {most:g}.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Velocidad</translation>
    </message>
    <message>
      <source>From slow motion to as fast as possible</source>
      <translation>De cámara lenta a lo más rápido posible</translation>
    </message>
    <message>
      <source>Training speed</source>
      <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
      <source>New data: the points were drawn again from data seed {d}; the network starts from the same weights (seed {s}).</source>
      <translation>Datos nuevos: los puntos se generaron de nuevo con la semilla de datos {d}; la red empieza con los mismos pesos (semilla {s}).</translation>
    </message>
    <message>
      <source>Penalties and stopping</source>
      <translation>Penalizaciones y parada</translation>
    </message>
    <message>
      <source>Stop early</source>
      <translation>Parada temprana</translation>
    </message>
    <message>
      <source>Restore the best weights</source>
      <translation>Restaurar los mejores pesos</translation>
    </message>
    <message>
      <source>L1 rate</source>
      <translation>Tasa L1</translation>
    </message>
    <message>
      <source>L2 rate</source>
      <translation>Tasa L2</translation>
    </message>
    <message>
      <source>Patience</source>
      <translation>Paciencia</translation>
    </message>
    <message>
      <source>Playground (2-D data)</source>
      <translation>Zona de pruebas (datos 2-D)</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Regenerar</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>Ruido</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>División</translation>
    </message>
    <message>
      <source>Extra inputs</source>
      <translation>Entradas adicionales</translation>
    </message>
    <message>
      <source>{n}% of the data's spread</source>
      <translation>{n}% de la dispersión de los datos</translation>
    </message>
    <message>
      <source>{t}% training · {v}% validation</source>
      <translation>{t}% entrenamiento · {v}% validación</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Ejecutar</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Reproducir</translation>
    </message>
    <message>
      <source>Step epoch</source>
      <translation>Paso de época</translation>
    </message>
    <message>
      <source>Step batch</source>
      <translation>Paso de lote</translation>
    </message>
    <message>
      <source>Step sample</source>
      <translation>Paso de ejemplo</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Reiniciar</translation>
    </message>
    <message>
      <source>Take the quiz</source>
      <translation>Hacer el cuestionario</translation>
    </message>
    <message>
      <source>Setup ▸</source>
      <translation>Configuración ▸</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <source>Setup ◂</source>
      <translation>Configuración ◂</translation>
    </message>
    <message>
      <source>Network and data</source>
      <translation>Red y datos</translation>
    </message>
    <message>
      <source>per layer…</source>
      <translation>por capa…</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Conjunto de datos</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>Activación</translation>
    </message>
    <message>
      <source>Epochs</source>
      <translation>Épocas</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Tamaño de lote</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Semilla</translation>
    </message>
    <message>
      <source>Activation heatmaps per layer</source>
      <translation>Mapas de calor de activación por capa</translation>
    </message>
    <message>
      <source>Hover a cell to read its value.</source>
      <translation>Pasa el ratón por una celda para leer su valor.</translation>
    </message>
    <message>
      <source>live</source>
      <translation>en vivo</translation>
    </message>
    <message>
      <source>from the past</source>
      <translation>del pasado</translation>
    </message>
    <message>
      <source>Normalized</source>
      <translation>Normalizado</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b} ({when}) · {n} validation examples</source>
      <translation>Época {e}, lote {b} ({when}) · {n} ejemplos de validación</translation>
    </message>
    <message>
      <source>dead ReLU units (✕): {dead}</source>
      <translation>unidades ReLU muertas (✕): {dead}</translation>
    </message>
    <message>
      <source>sorted by class, {first} on top, {last} at the bottom</source>
      <translation>ordenados por clase, {first} arriba, {last} abajo</translation>
    </message>
    <message>
      <source>Raw input</source>
      <translation>Entrada en bruto</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Salida</translation>
    </message>
    <message>
      <source>Output p</source>
      <translation>Salida p</translation>
    </message>
    <message>
      <source>Layer {k}: {d} ✕</source>
      <translation>Capa {k}: {d} ✕</translation>
    </message>
    <message>
      <source>validation row {r} ({c})</source>
      <translation>fila de validación {r} ({c})</translation>
    </message>
    <message>
      <source>output (standard deviations)</source>
      <translation>salida (desviaciones típicas)</translation>
    </message>
    <message>
      <source>(colours scaled within each column)</source>
      <translation>(colores escalados dentro de cada columna)</translation>
    </message>
    <message>
      <source>features</source>
      <translation>variables</translation>
    </message>
    <message>
      <source>layer {k} units</source>
      <translation>unidades de la capa {k}</translation>
    </message>
    <message>
      <source>sorted by {target}, smallest on top</source>
      <translation>ordenados por {target}, los menores arriba</translation>
    </message>
    <message>
      <source>{c0} on top, {c1} below</source>
      <translation>{c0} arriba, {c1} abajo</translation>
    </message>
    <message>
      <source>feature {name}</source>
      <translation>variable {name}</translation>
    </message>
    <message>
      <source>value</source>
      <translation>valor</translation>
    </message>
    <message>
      <source>output p</source>
      <translation>salida p</translation>
    </message>
    <message>
      <source>P({name})</source>
      <translation>P({name})</translation>
    </message>
    <message>
      <source>layer {k}, unit {u}</source>
      <translation>capa {k}, unidad {u}</translation>
    </message>
    <message>
      <source>Gradients per layer</source>
      <translation>Gradientes por capa</translation>
    </message>
    <message>
      <source>‖gradient‖ per layer</source>
      <translation>‖gradiente‖ por capa</translation>
    </message>
    <message>
      <source>‖gradient‖ over the run</source>
      <translation>‖gradiente‖ a lo largo de la ejecución</translation>
    </message>
    <message>
      <source>batch</source>
      <translation>lote</translation>
    </message>
    <message>
      <source>output</source>
      <translation>salida</translation>
    </message>
    <message>
      <source>The run is over. Its last batch (epoch {e}, batch {b}) at the final weights: loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>La ejecución ha terminado. Su último lote (época {e}, lote {b}) con los pesos finales: pérdida {loss:.4f}; ‖gradiente‖: {norms}.</translation>
    </message>
    <message>
      <source>Next batch (epoch {e}, batch {b}): loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>Siguiente lote (época {e}, lote {b}): pérdida {loss:.4f}; ‖gradiente‖: {norms}.</translation>
    </message>
    <message>
      <source>layer {k}</source>
      <translation>capa {k}</translation>
    </message>
    <message>
      <source>No batch has been trained yet.</source>
      <translation>Todavía no se ha entrenado ningún lote.</translation>
    </message>
    <message>
      <source>dW of {name}</source>
      <translation>dW de {name}</translation>
    </message>
    <message>
      <source>Last update ‖ΔW‖/‖W‖: {r}.</source>
      <translation>Última actualización ‖ΔW‖/‖W‖: {r}.</translation>
    </message>
    <message>
      <source>Step one sample stage</source>
      <translation>Avanzar una etapa con un ejemplo</translation>
    </message>
    <message>
      <source>Back to the live run</source>
      <translation>Volver a la ejecución en vivo</translation>
    </message>
    <message>
      <source>Activations</source>
      <translation>Activaciones</translation>
    </message>
    <message>
      <source>Prediction trace</source>
      <translation>Traza de predicción</translation>
    </message>
    <message>
      <source>Backward pass</source>
      <translation>Paso hacia atrás</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Pesos</translation>
    </message>
    <message>
      <source>Step sample {i}/{n}, training row {row}:</source>
      <translation>Paso de ejemplo {i}/{n}, fila de entrenamiento {row}:</translation>
    </message>
    <message>
      <source>(The core trained on a different batch than shown.)</source>
      <translation>(El núcleo entrenó con un lote distinto del mostrado.)</translation>
    </message>
    <message>
      <source>The loss is −log of the probability given to the true class {name}: −log {p} = {loss}.</source>
      <translation>La pérdida es −log de la probabilidad dada a la clase real {name}: −log {p} = {loss}.</translation>
    </message>
    <message>
      <source>The loss is the squared error in standard deviations of the target: ({z} − {y})² = {loss}.</source>
      <translation>La pérdida es el error al cuadrado en desviaciones típicas del objetivo: ({z} − {y})² = {loss}.</translation>
    </message>
    <message>
      <source>The {k} output units' sums go through softmax into {k} probabilities that add up to 1; the largest, {p}, is for {name}.</source>
      <translation>Las sumas de las {k} unidades de salida pasan por softmax y se convierten en {k} probabilidades que suman 1; la mayor, {p}, es la de {name}.</translation>
    </message>
    <message>
      <source>loss = {v:.3f}</source>
      <translation>pérdida = {v:.3f}</translation>
    </message>
    <message>
      <source>The output unit adds up the last layer's features into one number, the prediction: {value} (the target is {target}).</source>
      <translation>La unidad de salida suma las características de la última capa en un solo número, la predicción: {value} (el objetivo es {target}).</translation>
    </message>
    <message>
      <source>Click a unit to see how it computes its value.</source>
      <translation>Haz clic en una unidad para ver cómo calcula su valor.</translation>
    </message>
    <message>
      <source>unit {u} of layer {k}</source>
      <translation>unidad {u} de la capa {k}</translation>
    </message>
    <message>
      <source>Output unit</source>
      <translation>Unidad de salida</translation>
    </message>
    <message>
      <source>{where} on validation row {row} ({act})</source>
      <translation>{where} en la fila de validación {row} ({act})</translation>
    </message>
    <message>
      <source>z = Σ wᵢ·xᵢ + b, largest terms first:</source>
      <translation>z = Σ wᵢ·xᵢ + b, los términos mayores primero:</translation>
    </message>
    <message>
      <source>Output unit {u}</source>
      <translation>Unidad de salida {u}</translation>
    </message>
    <message>
      <source>bias b</source>
      <translation>sesgo b</translation>
    </message>
    <message>
      <source>Layer {k}, unit {u}</source>
      <translation>Capa {k}, unidad {u}</translation>
    </message>
    <message>
      <source>a is in standard deviations of the target: {value} in its units</source>
      <translation>a está en desviaciones típicas del objetivo: {value} en sus unidades</translation>
    </message>
    <message>
      <source>the other {n} terms</source>
      <translation>los otros {n} términos</translation>
    </message>
    <message>
      <source>validation row </source>
      <translation>fila de validación </translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Anterior</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Siguiente ▶</translation>
    </message>
    <message>
      <source>First Hidden Layer</source>
      <translation>Primera capa oculta</translation>
    </message>
    <message>
      <source>Second Hidden Layer</source>
      <translation>Segunda capa oculta</translation>
    </message>
    <message>
      <source>Input (normalized)</source>
      <translation>Entrada (normalizada)</translation>
    </message>
    <message>
      <source>p, the probability of class 1 (dashed: 0.5)</source>
      <translation>p, la probabilidad de la clase 1 (discontinua: 0,5)</translation>
    </message>
    <message>
      <source>Output Layer</source>
      <translation>Capa de salida</translation>
    </message>
    <message>
      <source>each class's probability (outlined: the true class)</source>
      <translation>probabilidad de cada clase (con borde: la clase real)</translation>
    </message>
    <message>
      <source>right</source>
      <translation>acierto</translation>
    </message>
    <message>
      <source>wrong</source>
      <translation>fallo</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: p = {p:.3f} → predicted {pred}; true {true} ({mark})</source>
      <translation>Época {e}, lote {b}: p = {p:.3f} → predicho {pred}; real {true} ({mark})</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unidad</translation>
    </message>
    <message>
      <source>feature</source>
      <translation>variable</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: predicted {target} = {value}; true {target} = {true} (off by {off})</source>
      <translation>Época {e}, lote {b}: predicción de {target} = {value}; valor real de {target} = {true} (desviación de {off})</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: predicted {pred} (p = {p:.3f}); true {true} (p = {p_true:.3f}) ({mark})</source>
      <translation>Época {e}, lote {b}: predicho {pred} (p = {p:.3f}); real {true} (p = {p_true:.3f}) ({mark})</translation>
    </message>
    <message>
      <source>predicted {target} (dashed: the true value)</source>
      <translation>{target} (predicción; discontinua: el valor real)</translation>
    </message>
    <message>
      <source>Hidden Layer {k}</source>
      <translation>Capa oculta {k}</translation>
    </message>
    <message>
      <source>Moment of the run</source>
      <translation>Momento de la ejecución</translation>
    </message>
    <message>
      <source>Drag, or click a point, to see the run after any batch</source>
      <translation>Arrastra o haz clic en un punto para ver la ejecución después de cualquier lote</translation>
    </message>
    <message>
      <source>Back to live</source>
      <translation>Volver a en vivo</translation>
    </message>
    <message>
      <source>past</source>
      <translation>pasado</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Tiempo:</translation>
    </message>
    <message>
      <source>epoch {e}, batch {b} (step {s}, {when}) · {k} kept</source>
      <translation>época {e}, lote {b} (paso {s}, {when}) · {k} guardados</translation>
    </message>
    <message>
      <source>Weights, their change and biases</source>
      <translation>Pesos, su cambio y sesgos</translation>
    </message>
    <message>
      <source>the last batch</source>
      <translation>el último lote</translation>
    </message>
    <message>
      <source>the last {n} batches</source>
      <translation>los últimos {n} lotes</translation>
    </message>
    <message>
      <source>ΔW since the step before</source>
      <translation>ΔW desde el paso anterior</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}. Top: weights (rows: inputs, columns: units; blue negative, red positive). Middle: change over {span}. Bottom: biases.</source>
      <translation>Época {e}, lote {b}. Arriba: pesos (filas: entradas, columnas: unidades; azul negativo, rojo positivo). En medio: cambio durante {span}. Abajo: sesgos.</translation>
    </message>
    <message>
      <source>{what} of layer {k}: input {i} → unit {u} = {v:.4g}</source>
      <translation>{what} de la capa {k}: entrada {i} → unidad {u} = {v:.4g}</translation>
    </message>
    <message>
      <source>W of {name}</source>
      <translation>W de {name}</translation>
    </message>
    <message>
      <source>b of {name}</source>
      <translation>b de {name}</translation>
    </message>
    <message>
      <source>Decision boundary</source>
      <translation>Frontera de decisión</translation>
    </message>
    <message>
      <source>P(class 1)</source>
      <translation>P(clase 1)</translation>
    </message>
    <message>
      <source>the dots are the data's rows</source>
      <translation>los puntos son las filas de los datos</translation>
    </message>
    <message>
      <source>the dots are real people</source>
      <translation>los puntos son personas reales</translation>
    </message>
    <message>
      <source>the dots are rows of the data ({description})</source>
      <translation>los puntos son filas de los datos ({description})</translation>
    </message>
    <message>
      <source>Show validation points</source>
      <translation>Mostrar los puntos de validación</translation>
    </message>
    <message>
      <source>Discretize output</source>
      <translation>Discretizar la salida</translation>
    </message>
    <message>
      <source>Horizontal:</source>
      <translation>Horizontal:</translation>
    </message>
    <message>
      <source>Vertical:</source>
      <translation>Vertical:</translation>
    </message>
    <message>
      <source>Before training</source>
      <translation>Antes de entrenar</translation>
    </message>
    <message>
      <source>predicted {target}</source>
      <translation>{target} (predicción)</translation>
    </message>
    <message>
      <source>Colour: the network's probability of class 1 at each point; the black line is where it is exactly 0.5, its decision boundary.</source>
      <translation>Color: la probabilidad que da la red a la clase 1 en cada punto; la línea negra está donde vale exactamente 0,5: su frontera de decisión.</translation>
    </message>
    <message>
      <source>Colour: the class the network predicts at each point, paler where it is less sure; the black lines are the borders between classes.</source>
      <translation>Color: la clase que predice la red en cada punto, más pálida donde está menos segura; las líneas negras son las fronteras entre clases.</translation>
    </message>
    <message>
      <source>Colour: the number the network predicts at each point; the dots are coloured by their true value, so a dot that disappears into its background is predicted well.</source>
      <translation>Color: el número que predice la red en cada punto; los puntos están coloreados según su valor real, así que un punto que se confunde con su fondo está bien predicho.</translation>
    </message>
    <message>
      <source>Every other feature is held at its median over the training rows; {dots}, whose other features vary.</source>
      <translation>Cada una de las demás variables se fija en su mediana sobre las filas de entrenamiento; {dots}, cuyas otras variables varían.</translation>
    </message>
    <message>
      <source>After epoch {e} of {n}</source>
      <translation>Después de la época {e} de {n}</translation>
    </message>
    <message>
      <source>Validation accuracy by depth</source>
      <translation>Exactitud de validación según la profundidad</translation>
    </message>
    <message>
      <source>epoch</source>
      <translation>época</translation>
    </message>
    <message>
      <source>accuracy (mean over seeds)</source>
      <translation>exactitud (media sobre las semillas)</translation>
    </message>
    <message>
      <source>Validation accuracy ↑</source>
      <translation>Exactitud de validación ↑</translation>
    </message>
    <message>
      <source>Validation R² ↑</source>
      <translation>R² de validación ↑</translation>
    </message>
    <message>
      <source>R² (mean over seeds)</source>
      <translation>R² (media sobre las semillas)</translation>
    </message>
    <message>
      <source>Median over the seeds of the first epoch whose validation accuracy reached 90% of that run's own best.</source>
      <translation>Mediana sobre las semillas de la primera época en la que la exactitud de validación alcanzó el 90 % del mejor valor de esa ejecución.</translation>
    </message>
    <message>
      <source>solved exactly</source>
      <translation>resuelta exactamente</translation>
    </message>
    <message>
      <source>converged (Newton)</source>
      <translation>convergida (Newton)</translation>
    </message>
    <message>
      <source>Compare depths</source>
      <translation>Comparar profundidades</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>seeds: </source>
      <translation>semillas: </translation>
    </message>
    <message>
      <source>Press “Compare depths” to train the networks.</source>
      <translation>Pulsa «Comparar profundidades» para entrenar las redes.</translation>
    </message>
    <message>
      <source>No hidden layer is fitted to convergence with Newton's method.</source>
      <translation>Sin capa oculta, el ajuste se hace hasta la convergencia con el método de Newton.</translation>
    </message>
    <message>
      <source>Median over the seeds of the first epoch whose validation R² reached 90% of that run's own best; a run whose best R² is 0 or below (never better than predicting the mean) never gets there.</source>
      <translation>Mediana sobre las semillas de la primera época en la que el R² de validación alcanzó el 90 % del mejor valor de esa ejecución; una ejecución cuyo mejor R² es 0 o menos (nunca mejor que predecir la media) nunca llega.</translation>
    </message>
    <message>
      <source>Training the networks…</source>
      <translation>Entrenando las redes…</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): ● class 0, ▼ class 1; colour is the probability of class 1, the black line its 0.5 boundary.</source>
      <translation>Lo que responde cada red sobre el plano (primera semilla): ● clase 0, ▼ clase 1; el color es la probabilidad de la clase 1 y la línea negra su frontera de 0,5.</translation>
    </message>
    <message>
      <source>How many seeds each network is trained on (its own data split </source>
      <translation>Con cuántas semillas se entrena cada red (su propia división de datos </translation>
    </message>
    <message>
      <source>and starting weights per seed).</source>
      <translation>y pesos iniciales por semilla).</translation>
    </message>
    <message>
      <source>Trains on “{data}”, each seed with its own split and starting weights: {names}.</source>
      <translation>Entrena con «{data}», cada semilla con su propia división y pesos iniciales: {names}.</translation>
    </message>
    <message>
      <source>Stopped before the end; press again.</source>
      <translation>Se detuvo antes del final; pulsa de nuevo.</translation>
    </message>
    <message>
      <source>No hidden layer (one straight-line score per class under a softmax) is fitted to convergence with Newton's method; every network is scored by validation accuracy.</source>
      <translation>Sin capa oculta (una puntuación de línea recta por clase bajo un softmax), el ajuste se hace hasta la convergencia con el método de Newton; cada red se puntúa por su exactitud de validación.</translation>
    </message>
    <message>
      <source>No hidden layer (a linear function of the inputs) is fitted by least squares, solved exactly; every network is scored by validation R² (1 is perfect, 0 is always predicting the mean).</source>
      <translation>Sin capa oculta (una función lineal de las entradas), el ajuste se hace por mínimos cuadrados, resueltos exactamente; cada red se puntúa por su R² de validación (1 es perfecto, 0 es predecir siempre la media).</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): colour is the class it predicts, paler where it is less sure; the black lines are the borders between classes.</source>
      <translation>Lo que responde cada red sobre el plano (primera semilla): el color es la clase que predice, más pálido donde está menos segura; las líneas negras son las fronteras entre clases.</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): colour is the number it predicts; the dots are coloured by their true value.</source>
      <translation>Lo que responde cada red sobre el plano (primera semilla): el color es el número que predice; los puntos están coloreados según su valor real.</translation>
    </message>
    <message>
      <source>(deep: {n})</source>
      <translation>(profunda: {n})</translation>
    </message>
    <message>
      <source>Validation rows right</source>
      <translation>Filas de validación acertadas</translation>
    </message>
    <message>
      <source>Each score is a logistic regression fitted to convergence on the training rows' values at that layer, counted on the validation rows.</source>
      <translation>Cada puntuación es una regresión logística ajustada hasta la convergencia con los valores de las filas de entrenamiento en esa capa y contada en las filas de validación.</translation>
    </message>
    <message>
      <source>the network's own answer</source>
      <translation>la propia respuesta de la red</translation>
    </message>
    <message>
      <source>The network's own answer is its one sigmoid output: class 1 when it is above 0.5.</source>
      <translation>La propia respuesta de la red es su única salida sigmoide: clase 1 cuando está por encima de 0.5.</translation>
    </message>
    <message>
      <source>r is how closely a unit's activation follows the label on the validation rows (−1 to +1); the weights say what the unit is built from.</source>
      <translation>r indica cuánto sigue la activación de una unidad a la etiqueta en las filas de validación (−1 a +1); los pesos dicen de qué está hecha la unidad.</translation>
    </message>
    <message>
      <source>Train the network to see how its layers separate the classes.</source>
      <translation>Entrena la red para ver cómo sus capas separan las clases.</translation>
    </message>
    <message>
      <source>Variation explained (validation R²)</source>
      <translation>Variación explicada (R² de validación)</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Capa</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Columnas</translation>
    </message>
    <message>
      <source>Each score is one logistic regression per class (that class or not), fitted to convergence on the training rows' values at that layer; a validation row goes to the class that scores highest.</source>
      <translation>Cada puntuación es una regresión logística por clase (esa clase o no), ajustada hasta la convergencia con los valores de las filas de entrenamiento en esa capa; una fila de validación va a la clase que puntúa más alto.</translation>
    </message>
    <message>
      <source>the network's own answer (its predicted number)</source>
      <translation>la propia respuesta de la red (el número que predice)</translation>
    </message>
    <message>
      <source>The network's own answer is its one linear output, turned back into the target's units (× the training rows' standard deviation, + their mean); its score is the validation R² as a percentage.</source>
      <translation>La propia respuesta de la red es su única salida lineal, devuelta a las unidades del objetivo (× la desviación típica de las filas de entrenamiento, + su media); su puntuación es el R² de validación como porcentaje.</translation>
    </message>
    <message>
      <source>raw measurements</source>
      <translation>medidas en bruto</translation>
    </message>
    <message>
      <source>normalized inputs</source>
      <translation>entradas normalizadas</translation>
    </message>
    <message>
      <source>Each score is the best linear fit (least squares) of the target on the training rows' values at that layer: the share of the validation rows' variation it explains (R² as a percentage).</source>
      <translation>Cada puntuación es el mejor ajuste lineal (mínimos cuadrados) del objetivo con los valores de las filas de entrenamiento en esa capa: la parte de la variación de las filas de validación que explica (R² como porcentaje).</translation>
    </message>
    <message>
      <source>layer {k}'s patterns</source>
      <translation>patrones de la capa {k}</translation>
    </message>
    <message>
      <source>the network's own answer ({k} class probabilities)</source>
      <translation>la propia respuesta de la red ({k} probabilidades de clase)</translation>
    </message>
    <message>
      <source>The network's own answer is its {k} softmax outputs, one probability per class; a row counts as right when the largest is its class.</source>
      <translation>La propia respuesta de la red son sus {k} salidas softmax, una probabilidad por clase; una fila cuenta como acierto cuando la mayor es la de su clase.</translation>
    </message>
    <message>
      <source>Layer {k} ({w} units): strongest |r| = {r:.2f}</source>
      <translation>Capa {k} ({w} unidades): |r| más fuerte = {r:.2f}</translation>
    </message>
    <message>
      <source>The layers' numbers could not be computed: {why}</source>
      <translation>No se pudieron calcular los valores de las capas: {why}</translation>
    </message>
    <message>
      <source>A straight line through each layer</source>
      <translation>Una línea recta a través de cada capa</translation>
    </message>
    <message>
      <source>Step by step: this run</source>
      <translation>Paso a paso: esta ejecución</translation>
    </message>
    <message>
      <source>Units that follow the label</source>
      <translation>Unidades que siguen a la etiqueta</translation>
    </message>
    <message>
      <source>This network has no hidden layer: it weighs the inputs once and cannot build patterns. Add hidden layers (e.g. 64, 32) to see them form.</source>
      <translation>Esta red no tiene capa oculta: pondera las entradas una sola vez y no puede formar patrones. Añade capas ocultas (p. ej. 64, 32) para verlos formarse.</translation>
    </message>
    <message>
      <source>No epoch has finished: the units still have their random starting weights.</source>
      <translation>Aún no ha terminado ninguna época: las unidades tienen todavía sus pesos iniciales aleatorios.</translation>
    </message>
    <message>
      <source>Shallow against deep</source>
      <translation>Poco profunda frente a profunda</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
    <message>
      <source>Go on without doing this step</source>
      <translation>Seguir sin hacer este paso</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
      <source>End lesson</source>
      <translation>Terminar la lección</translation>
    </message>
    <message>
      <source>Close the lesson; your run stays as it is</source>
      <translation>Cerrar la lección; tu ejecución queda como está</translation>
    </message>
    <message>
      <source>Step {i}: look here</source>
      <translation>Paso {i}: mira aquí</translation>
    </message>
    <message>
      <source>Open this box</source>
      <translation>Abrir esta caja</translation>
    </message>
    <message>
      <source>Step one sample</source>
      <translation>Avanzar un ejemplo</translation>
    </message>
    <message>
      <source>Step one epoch</source>
      <translation>Avanzar una época</translation>
    </message>
    <message>
      <source>Show this tab</source>
      <translation>Mostrar esta pestaña</translation>
    </message>
    <message>
      <source>Step {i} of {n}</source>
      <translation>Paso {i} de {n}</translation>
    </message>
    <message>
      <source>Done: {hint}</source>
      <translation>Hecho: {hint}</translation>
    </message>
    <message>
      <source>Next: {hint}</source>
      <translation>Siguiente: {hint}</translation>
    </message>
    <message>
      <source>Key insight with this run's evidence</source>
      <translation>Idea clave con las pruebas de esta ejecución</translation>
    </message>
    <message>
      <source>Compare depths (train shallow and deep)</source>
      <translation>Comparar profundidades (entrenar poco profunda y profunda)</translation>
    </message>
    <message>
      <source>Results on the validation rows</source>
      <translation>Resultados en las filas de validación</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Patterns</source>
      <translation>Patrones</translation>
    </message>
    <message>
      <source>About your run</source>
      <translation>Sobre tu ejecución</translation>
    </message>
    <message>
      <source>Keys: 1–4 or A–D to answer, Enter to go on</source>
      <translation>Teclas: 1–4 o A–D para responder, Intro para seguir</translation>
    </message>
    <message>
      <source>Stage: data</source>
      <translation>Etapa: datos</translation>
    </message>
    <message>
      <source>Stage: normalization</source>
      <translation>Etapa: normalización</translation>
    </message>
    <message>
      <source>Stage: hidden layers</source>
      <translation>Etapa: capas ocultas</translation>
    </message>
    <message>
      <source>Stage: output and sigmoid</source>
      <translation>Etapa: salida y sigmoide</translation>
    </message>
    <message>
      <source>Stage: loss and training</source>
      <translation>Etapa: pérdida y entrenamiento</translation>
    </message>
    <message>
      <source>Stage: depth</source>
      <translation>Etapa: profundidad</translation>
    </message>
    <message>
      <source>✓ Correct!</source>
      <translation>✓ ¡Correcto!</translation>
    </message>
    <message>
      <source>✗ Not quite.</source>
      <translation>✗ No del todo.</translation>
    </message>
    <message>
      <source>See my score</source>
      <translation>Ver mi puntuación</translation>
    </message>
    <message>
      <source>Next question</source>
      <translation>Siguiente pregunta</translation>
    </message>
    <message>
      <source>LayerLab quiz: {0}</source>
      <translation>Cuestionario de LayerLab: {0}</translation>
    </message>
    <message>
      <source>Question {0} of {1}</source>
      <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
      <source>your answer: right</source>
      <translation>tu respuesta: correcta</translation>
    </message>
    <message>
      <source>right answer</source>
      <translation>respuesta correcta</translation>
    </message>
    <message>
      <source>You chose {0}: {1}

The right answer is {2}: “{3}”. {4}</source>
      <translation>Elegiste {0}: {1}

La respuesta correcta es {2}: «{3}». {4}</translation>
    </message>
    <message>
      <source>your answer: wrong</source>
      <translation>tu respuesta: incorrecta</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>This question bank has no questions for the data in use: its questions are marked for other data sets (their "datasets" key).</source>
      <translation>Este banco de preguntas no tiene preguntas para los datos en uso: sus preguntas están marcadas para otros conjuntos de datos (su clave "datasets").</translation>
    </message>
    <message>
      <source>No questions for this data</source>
      <translation>No hay preguntas para estos datos</translation>
    </message>
    <message>
      <source>Excellent: every answer right!</source>
      <translation>¡Excelente: todas las respuestas correctas!</translation>
    </message>
    <message>
      <source>Retake: {0} new questions</source>
      <translation>Repetir: {0} preguntas nuevas</translation>
    </message>
    <message>
      <source>Retake: all {0} questions</source>
      <translation>Repetir: las {0} preguntas</translation>
    </message>
    <message>
      <source>You scored {0} out of {1}</source>
      <translation>Has acertado {0} de {1}</translation>
    </message>
    <message>
      <source>Good work. Read why below for the ones you missed.</source>
      <translation>Buen trabajo. Lee abajo la explicación de las que fallaste.</translation>
    </message>
    <message>
      <source>Read the right answers below, then try a new set of questions.</source>
      <translation>Lee abajo las respuestas correctas y luego prueba con otras preguntas.</translation>
    </message>
    <message>
      <source>Your answer: {0}</source>
      <translation>Tu respuesta: {0}</translation>
    </message>
    <message>
      <source>Right answer: {0}</source>
      <translation>Respuesta correcta: {0}</translation>
    </message>
    <message>
      <source>Confusion matrix</source>
      <translation>Matriz de confusión</translation>
    </message>
    <message>
      <source>true class</source>
      <translation>clase real</translation>
    </message>
    <message>
      <source>predicted class</source>
      <translation>clase predicha</translation>
    </message>
    <message>
      <source>share right</source>
      <translation>proporción acertada</translation>
    </message>
    <message>
      <source>Residual plots</source>
      <translation>Gráficos de residuos</translation>
    </message>
    <message>
      <source>residual</source>
      <translation>residuo</translation>
    </message>
    <message>
      <source>The validation rows are scored once training starts.</source>
      <translation>Las filas de validación se puntúan en cuanto empieza el entrenamiento.</translation>
    </message>
    <message>
      <source>Predicted against true</source>
      <translation>Predicho frente a real</translation>
    </message>
    <message>
      <source>Residual (true − predicted) against predicted</source>
      <translation>Residuo (real − predicho) frente a predicho</translation>
    </message>
    <message>
      <source>true {target}</source>
      <translation>{target} (real)</translation>
    </message>
    <message>
      <source>Dead unit: it outputs 0 on every training row, so no gradient reaches its weights and it cannot learn again.</source>
      <translation>Unidad muerta: da 0 en todas las filas de entrenamiento, así que ningún gradiente llega a sus pesos y no puede volver a aprender.</translation>
    </message>
    <message>
      <source>w = {w:+.4f} (click while paused to change it)</source>
      <translation>w = {w:+.4f} (haz clic en pausa para cambiarlo)</translation>
    </message>
    <message>
      <source>On {example}: z = Σ wᵢ·xᵢ + b, largest terms first:</source>
      <translation>Con {example}: z = Σ wᵢ·xᵢ + b, los términos mayores primero:</translation>
    </message>
    <message>
      <source>output: P(class 1)</source>
      <translation>salida: P(clase 1)</translation>
    </message>
    <message>
      <source>dark = 0, bright = the unit's largest value</source>
      <translation>oscuro = 0, claro = el mayor valor de la unidad</translation>
    </message>
    <message>
      <source>blue &lt; 0 &lt; red, white = 0</source>
      <translation>azul &lt; 0 &lt; rojo, blanco = 0</translation>
    </message>
    <message>
      <source>Each unit's strongest incoming edges by |w|</source>
      <translation>Las aristas de entrada más fuertes de cada unidad según |w|</translation>
    </message>
    <message>
      <source>Most relied-on first</source>
      <translation>Las más usadas primero</translation>
    </message>
    <message>
      <source>Most relied-on first (top left of each layer): how far the output's logit moves when the unit varies as it does over the training rows</source>
      <translation>Primero aquellas de las que más depende la salida (arriba a la izquierda de cada capa): cuánto se mueve el logit de la salida cuando la unidad varía como lo hace en las filas de entrenamiento</translation>
    </message>
    <message>
      <source>The validation row the hover card computes</source>
      <translation>La fila de validación que calcula la tarjeta flotante</translation>
    </message>
    <message>
      <source>Click an edge while paused to change its weight.</source>
      <translation>Haz clic en una arista en pausa para cambiar su peso.</translation>
    </message>
    <message>
      <source>output: P(each class)</source>
      <translation>salida: P(cada clase)</translation>
    </message>
    <message>
      <source>P(class 1) over the plane: blue = 0, white = 0.5, vermillion = 1</source>
      <translation>P(clase 1) sobre el plano: azul = 0, blanco = 0,5, bermellón = 1</translation>
    </message>
    <message>
      <source>the output's logit moves</source>
      <translation>se mueve el logit de la salida</translation>
    </message>
    <message>
      <source>Output unit {u}: P({name})</source>
      <translation>Unidad de salida {u}: P({name})</translation>
    </message>
    <message>
      <source>Output unit: P(class 1)</source>
      <translation>Unidad de salida: P(clase 1)</translation>
    </message>
    <message>
      <source>Change a weight</source>
      <translation>Cambiar un peso</translation>
    </message>
    <message>
      <source>Pause training to change a weight.</source>
      <translation>Pausa el entrenamiento para cambiar un peso.</translation>
    </message>
    <message>
      <source>Edges per unit:</source>
      <translation>Aristas por unidad:</translation>
    </message>
    <message>
      <source>Example row:</source>
      <translation>Fila de ejemplo:</translation>
    </message>
    <message>
      <source>Horizontal (→):</source>
      <translation>Eje horizontal (→):</translation>
    </message>
    <message>
      <source>Vertical (↑):</source>
      <translation>Eje vertical (↑):</translation>
    </message>
    <message>
      <source>Most relied-on first (top left of each layer): how far {what} when the unit varies as it does over the training rows</source>
      <translation>Primero aquellas de las que más depende la salida (arriba a la izquierda de cada capa): cuánto {what} cuando la unidad varía como lo hace en las filas de entrenamiento</translation>
    </message>
    <message>
      <source>Picture from {lo:.3g} to {hi:.3g}</source>
      <translation>Imagen de {lo:.3g} a {hi:.3g}</translation>
    </message>
    <message>
      <source>validation row {row}</source>
      <translation>fila de validación {row}</translation>
    </message>
    <message>
      <source>This is a past moment: press Back to live to change a weight.</source>
      <translation>Este es un momento pasado: pulsa «Volver al directo» para cambiar un peso.</translation>
    </message>
    <message>
      <source>{n} inputs</source>
      <translation>{n} entradas</translation>
    </message>
    <message>
      <source>layer {k}: {n} {act}</source>
      <translation>capa {k}: {n} {act}</translation>
    </message>
    <message>
      <source>output: predicted {target}</source>
      <translation>salida: {target} (predicción)</translation>
    </message>
    <message>
      <source>the class logits move (each against their mean, summed over the classes)</source>
      <translation>se mueven los logits de las clases (cada uno respecto a su media, sumados sobre las clases)</translation>
    </message>
    <message>
      <source>the predicted number moves</source>
      <translation>se mueve el número predicho</translation>
    </message>
    <message>
      <source> Output: one picture per class, P(that class), from white (0) to the class's colour (1).</source>
      <translation> Salida: una imagen por clase, P(esa clase), de blanco (0) al color de la clase (1).</translation>
    </message>
    <message>
      <source>The pictures could not be computed: {p}</source>
      <translation>No se pudieron calcular las imágenes: {p}</translation>
    </message>
    <message>
      <source>Layer {k}, unit {u} (reliance {r:.3g})</source>
      <translation>Capa {k}, unidad {u} (dependencia {r:.3g})</translation>
    </message>
    <message>
      <source>&lt;br&gt;a is in standard deviations of {target}: {a:+.4f} × {std:.4g} + {mean:.4g} = &lt;b&gt;{v:.4g}&lt;/b&gt;</source>
      <translation>&lt;br&gt;a está en desviaciones típicas de {target}: {a:+.4f} × {std:.4g} + {mean:.4g} = &lt;b&gt;{v:.4g}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>New weight (now {w:+.4f}):</source>
      <translation>Nuevo peso (ahora {w:+.4f}):</translation>
    </message>
    <message>
      <source>Weight {s} → {t} of layer {k} set to {v:+.4f}; every picture and the decision boundary now use it.</source>
      <translation>Peso {s} → {t} de la capa {k} fijado en {v:+.4f}; todas las imágenes y la frontera de decisión lo usan ahora.</translation>
    </message>
    <message>
      <source>Predicted {target} over the plane: dark blue = {low:.3g}, yellow = {high:.3g} (the training rows' range; beyond it, the end colours)</source>
      <translation>Predicción de {target} sobre el plano: azul oscuro = {low:.3g}, amarillo = {high:.3g} (el rango de las filas de entrenamiento; fuera de él, los colores de los extremos)</translation>
    </message>
    <message>
      <source>{magnitude} where the layer's activation is never below 0, else {signed}</source>
      <translation>{magnitude} donde la activación de la capa nunca es menor que 0; si no, {signed}</translation>
    </message>
    <message>
      <source>Each picture: what the unit outputs over the plane of the two inputs marked → and ↑ ({colours}); the others at their median. Edges: red solid w &gt; 0, blue dashed w &lt; 0, thicker = larger |w|. A crossed-out unit is dead.</source>
      <translation>Cada imagen: lo que da la unidad sobre el plano de las dos entradas marcadas con → y ↑ ({colours}); las demás en su mediana. Aristas: rojo continuo w &gt; 0, azul discontinuo w &lt; 0, más gruesa = mayor |w|. Una unidad tachada está muerta.</translation>
    </message>
    <message>
      <source>Output unit: predicted {target}</source>
      <translation>Unidad de salida: {target} (predicción)</translation>
    </message>
    <message>
      <source>P({name}) over the plane: white = 0, full colour = 1</source>
      <translation>P({name}) sobre el plano: blanco = 0, color pleno = 1</translation>
    </message>
    <message>
      <source> Output: the predicted {target} in its own units, dark blue (low) to yellow (high); hover it for the range.</source>
      <translation> Salida: la predicción de {target} en sus propias unidades, de azul oscuro (bajo) a amarillo (alto); pasa el ratón por encima para ver el rango.</translation>
    </message>
    <message>
      <source>Colour: the true {target}, {low:.3g} {strip} {high:.3g}</source>
      <translation>Color: {target} (real), {low:.3g} {strip} {high:.3g}</translation>
    </message>
    <message>
      <source>The network, every unit drawn as its picture</source>
      <translation>La red, cada unidad dibujada como su imagen</translation>
    </message>
    <message>
      <source>The classes untangling, layer by layer</source>
      <translation>Las clases se desenredan, capa a capa</translation>
    </message>
    <message>
      <source>Pieces of the plane (ReLU on 2-D data)</source>
      <translation>Trozos del plano (ReLU con datos 2-D)</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Red</translation>
    </message>
    <message>
      <source>Untangling</source>
      <translation>Desenredo</translation>
    </message>
    <message>
      <source>Pieces of the plane</source>
      <translation>Trozos del plano</translation>
    </message>
    <message>
      <source>With the linear activation every layer is a straight (linear) map, so the whole network is one linear piece: there is nothing to cut. Choose ReLU to see the pieces.</source>
      <translation>Con la activación lineal cada capa es una aplicación recta (lineal), así que toda la red es un único trozo lineal: no hay nada que cortar. Elige ReLU para ver los trozos.</translation>
    </message>
    <message>
      <source>1 piece</source>
      <translation>1 trozo</translation>
    </message>
    <message>
      <source>after 1 epoch</source>
      <translation>tras 1 época</translation>
    </message>
    <message>
      <source>before training</source>
      <translation>antes del entrenamiento</translation>
    </message>
    <message>
      <source>The deep network cuts this window of the plane into more pieces than one wide layer with the same parameter count ({d:,} against {w:,})</source>
      <translation>La red profunda corta esta ventana del plano en más trozos que una capa ancha con el mismo número de parámetros ({d:,} frente a {w:,})</translation>
    </message>
    <message>
      <source>Pieces exist only for ReLU networks: a ReLU unit is either off or passes its sum on, so wherever no unit switches, the network is one straight (linear) function. {title} bends smoothly everywhere, so there are no flat pieces to count. Choose ReLU to see them.</source>
      <translation>Los trozos solo existen en redes ReLU: una unidad ReLU está apagada o deja pasar su suma, así que donde ninguna unidad cambia, la red es una única función recta (lineal). {title} se curva suavemente en todas partes, así que no hay trozos planos que contar. Elige ReLU para verlos.</translation>
    </message>
    <message>
      <source>{name}, {p:,} parameters: {pieces}</source>
      <translation>{name}, {p:,} parámetros: {pieces}</translation>
    </message>
    <message>
      <source>One wide layer with the same parameter count cuts this window of the plane into more pieces than the deep network ({w:,} against {d:,})</source>
      <translation>Una capa ancha con el mismo número de parámetros corta esta ventana del plano en más trozos que la red profunda ({w:,} frente a {d:,})</translation>
    </message>
    <message>
      <source>Both networks cut this window of the plane into {d:,} pieces</source>
      <translation>Las dos redes cortan esta ventana del plano en {d:,} trozos</translation>
    </message>
    <message>
      <source>The network</source>
      <translation>La red</translation>
    </message>
    <message>
      <source>One wide layer</source>
      <translation>Una capa ancha</translation>
    </message>
    <message>
      <source>Train a network to see the pieces it cuts the plane into.</source>
      <translation>Entrena una red para ver los trozos en que corta el plano.</translation>
    </message>
    <message>
      <source> or </source>
      <translation> o </translation>
    </message>
    <message>
      <source>Pieces of the plane need data with exactly two measurements, so that every point of the plane is an input the network answers; the {name} data has {n}. Choose one of the 2-D datasets: {names}.</source>
      <translation>Los trozos del plano necesitan datos con exactamente dos medidas, para que cada punto del plano sea una entrada a la que la red responde; los datos {name} tienen {n}. Elige uno de los conjuntos de datos 2-D: {names}.</translation>
    </message>
    <message>
      <source>{n:,} pieces</source>
      <translation>{n:,} trozos</translation>
    </message>
    <message>
      <source>after {e} epochs</source>
      <translation>tras {e} épocas</translation>
    </message>
    <message>
      <source>Right: one hidden layer with the same parameter count, trained the same way (same data, seed, optimizer, learning rate and batch size), after as many finished epochs.</source>
      <translation>A la derecha: una capa oculta con el mismo número de parámetros, entrenada igual (mismos datos, semilla, optimizador, tasa de aprendizaje y tamaño de lote), tras el mismo número de épocas terminadas.</translation>
    </message>
    <message>
      <source>The dots are the data's rows. {key}.</source>
      <translation>Los puntos son las filas de los datos. {key}.</translation>
    </message>
    <message>
      <source>With {n} hidden layer there is no deep network to set against one wide layer: give it two or more hidden layers (the lesson's 64, 32) to compare depth with width at the same parameter count.</source>
      <translation>Con {n} capa oculta no hay red profunda que comparar con una capa ancha: dale dos o más capas ocultas (las 64, 32 de la lección) para comparar profundidad y anchura con el mismo número de parámetros.</translation>
    </message>
    <message>
      <source>Each colour is one piece: a region where the same ReLU units are on, so the network is one straight (linear) function there; dark lines are the borders where a unit switches. Counted on a {n} × {n} grid of the window drawn (a piece thinner than the grid can be missed). Blue circles and vermillion triangles are the data's two classes.</source>
      <translation>Cada color es un trozo: una región donde están encendidas las mismas unidades ReLU, así que la red es allí una única función recta (lineal); las líneas oscuras son los bordes donde una unidad cambia. Contado en una cuadrícula de {n} × {n} de la ventana dibujada (un trozo más fino que la cuadrícula puede escaparse). Los círculos azules y los triángulos bermellón son las dos clases de los datos.</translation>
    </message>
    <message>
      <source>Each colour is one piece: a region where the same ReLU units are on, so the network is one straight (linear) function there; dark lines are the borders where a unit switches. Counted on a {n} × {n} grid of the window drawn (a piece thinner than the grid can be missed).</source>
      <translation>Cada color es un trozo: una región donde están encendidas las mismas unidades ReLU, así que la red es allí una única función recta (lineal); las líneas oscuras son los bordes donde una unidad cambia. Contado en una cuadrícula de {n} × {n} de la ventana dibujada (un trozo más fino que la cuadrícula puede escaparse).</translation>
    </message>
    <message>
      <source>The dots are the data's {k} classes: {key}.</source>
      <translation>Los puntos son las {k} clases de los datos: {key}.</translation>
    </message>
    <message>
      <source>The network: {name}</source>
      <translation>La red: {name}</translation>
    </message>
    <message>
      <source>one</source>
      <translation>una</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <source>The pieces could not be computed: {why}</source>
      <translation>No se pudieron calcular los trozos: {why}</translation>
    </message>
    <message>
      <source>One wide layer: {n} units</source>
      <translation>Una capa ancha: {n} unidades</translation>
    </message>
    <message>
      <source>The wide network's training stopped after epoch {w} (its loss diverged), so it is shown after epoch {w}, the deep one after epoch {d}.</source>
      <translation>El entrenamiento de la red ancha se detuvo tras la época {w} (su pérdida divergió), así que se muestra tras la época {w} y la profunda tras la época {d}.</translation>
    </message>
    <message>
      <source>Output: P(class 1)</source>
      <translation>Salida: P(clase 1)</translation>
    </message>
    <message>
      <source>1 unit</source>
      <translation>1 unidad</translation>
    </message>
    <message>
      <source>Layer {k} ({units})</source>
      <translation>Capa {k} ({units})</translation>
    </message>
    <message>
      <source>Inputs ({n} measurements)</source>
      <translation>Entradas ({n} medidas)</translation>
    </message>
    <message>
      <source>Output: the {n} class probabilities</source>
      <translation>Salida: las {n} probabilidades de clase</translation>
    </message>
    <message>
      <source>Output: predicted against true {target}</source>
      <translation>Salida: predicción frente a valor real de {target}</translation>
    </message>
    <message>
      <source>{n} units</source>
      <translation>{n} unidades</translation>
    </message>
    <message>
      <source>rows, spread out</source>
      <translation>filas, separadas</translation>
    </message>
    <message>
      <source>the unit's value</source>
      <translation>valor de la unidad</translation>
    </message>
    <message>
      <source>true {t}</source>
      <translation>{t} (real)</translation>
    </message>
    <message>
      <source>predicted {t}</source>
      <translation>{t} (predicción)</translation>
    </message>
    <message>
      <source>A straight line through this layer gets {p}% right.</source>
      <translation>Una línea recta a través de esta capa acierta el {p}%.</translation>
    </message>
    <message>
      <source>The network's predictions explain none of the variation of these rows: R² is {p}%, worse than always predicting the training mean.</source>
      <translation>Las predicciones de la red no explican nada de la variación de estas filas: el R² es del {p}%, peor que predecir siempre la media de entrenamiento.</translation>
    </message>
    <message>
      <source>A straight-line fit through this layer explains none of the variation: R² is {p}%, worse than always predicting the training mean.</source>
      <translation>Un ajuste lineal a través de esta capa no explica nada de la variación: el R² es del {p}%, peor que predecir siempre la media de entrenamiento.</translation>
    </message>
    <message>
      <source>The network's answer (P &gt; 0.5) gets {p}% of these rows right.</source>
      <translation>La respuesta de la red (P &gt; 0.5) acierta el {p}% de estas filas.</translation>
    </message>
    <message>
      <source> (the moment the time scrubber shows)</source>
      <translation> (el momento que muestra el control de tiempo)</translation>
    </message>
    <message>
      <source>Train the network to see how its layers lay out the rows.</source>
      <translation>Entrena la red para ver cómo sus capas disponen las filas.</translation>
    </message>
    <message>
      <source>Train the network to see its layers untangle the classes.</source>
      <translation>Entrena la red para ver cómo sus capas desenredan las clases.</translation>
    </message>
    <message>
      <source>The layers' pictures could not be computed: {why}</source>
      <translation>No se pudieron calcular las imágenes de las capas: {why}</translation>
    </message>
    <message>
      <source>A straight-line (one-vs-rest) classifier through this layer gets {p}% right.</source>
      <translation>Un clasificador de líneas rectas (una clase frente al resto) a través de esta capa acierta el {p}%.</translation>
    </message>
    <message>
      <source>A straight-line fit through this layer explains {p}% of the variation (R²).</source>
      <translation>Un ajuste lineal a través de esta capa explica el {p}% de la variación (R²).</translation>
    </message>
    <message>
      <source>The network's answer (its most probable class) gets {p}% of these rows right.</source>
      <translation>La respuesta de la red (su clase más probable) acierta el {p}% de estas filas.</translation>
    </message>
    <message>
      <source>The network's predictions explain {p}% of the variation of these rows (R²); on the dashed line they would be exact.</source>
      <translation>Las predicciones de la red explican el {p}% de la variación de estas filas (R²); sobre la línea discontinua serían exactas.</translation>
    </message>
    <message>
      <source>The validation rows as each layer sees them, flattened onto the plane in which they spread most (PCA, a straight-on view: a straight line that separates the classes stays straight; a layer of two is drawn as it is). Blue circles: {c0}; vermillion triangles: {c1}. Under each panel, how many of these rows a straight line through that layer's values gets right (fitted on the training rows).</source>
      <translation>Las filas de validación tal como las ve cada capa, proyectadas sobre el plano en que más se dispersan (PCA, una vista de frente: una línea recta que separa las clases sigue siendo recta; una capa de dos se dibuja tal cual). Círculos azules: {c0}; triángulos bermellón: {c1}. Bajo cada panel, cuántas de estas filas acierta una línea recta a través de los valores de esa capa (ajustada con las filas de entrenamiento).</translation>
    </message>
    <message>
      <source>This plane shows {s}% of its spread.</source>
      <translation>Este plano muestra el {s}% de su dispersión.</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}</source>
      <translation>Época {e}, lote {b}</translation>
    </message>
    <message>
      <source>The validation rows as each layer sees them, flattened onto the plane in which they spread most (PCA, a straight-on view: a straight line that separates the classes stays straight; a layer of two is drawn as it is). Each class has its own colour and symbol (below); the output panel is the {k} class probabilities flattened the same way. Under each panel, how many of these rows straight lines through that layer's values get right (one line per class against the rest, fitted on the training rows).</source>
      <translation>Las filas de validación tal como las ve cada capa, proyectadas sobre el plano en que más se dispersan (PCA, una vista de frente: una línea recta que separa las clases sigue siendo recta; una capa de dos se dibuja tal cual). Cada clase tiene su propio color y símbolo (abajo); el panel de salida son las {k} probabilidades de clase proyectadas del mismo modo. Bajo cada panel, cuántas de estas filas aciertan unas líneas rectas a través de los valores de esa capa (una línea por clase frente al resto, ajustadas con las filas de entrenamiento).</translation>
    </message>
    <message>
      <source>The validation rows as each layer sees them, flattened onto the plane in which they spread most (PCA; a layer of two is drawn as it is), coloured by their true {target}. The output panel plots the predicted {target} against the true one. Under each panel, how much of the variation of {target} a straight-line fit of that layer's values explains (R², fitted on the training rows).</source>
      <translation>Las filas de validación tal como las ve cada capa, proyectadas sobre el plano en que más se dispersan (PCA; una capa de dos se dibuja tal cual), coloreadas según su valor real de {target}. El panel de salida representa la predicción de {target} frente al valor real. Bajo cada panel, cuánta variación de {target} explica un ajuste lineal de los valores de esa capa (R², ajustado con las filas de entrenamiento).</translation>
    </message>
    <message>
      <source>while setting up the run</source>
      <translation>al preparar el entrenamiento</translation>
    </message>
    <message>
      <source>while training</source>
      <translation>durante el entrenamiento</translation>
    </message>
    <message>
      <source>while walking through an example</source>
      <translation>al recorrer un ejemplo</translation>
    </message>
    <message>
      <source>while drawing the views inside the epoch</source>
      <translation>al dibujar las vistas dentro de la época</translation>
    </message>
    <message>
      <source>while drawing a past moment</source>
      <translation>al dibujar un momento pasado</translation>
    </message>
    <message>
      <source>while tracing an example</source>
      <translation>al seguir un ejemplo</translation>
    </message>
    <message>
      <source>while editing a weight</source>
      <translation>al cambiar un peso</translation>
    </message>
    <message>
      <source>while stopping the run</source>
      <translation>al detener el entrenamiento</translation>
    </message>
    <message>
      <source>while measuring the gradients of the run</source>
      <translation>al medir los gradientes del entrenamiento</translation>
    </message>
    <message>
      <source>The lesson's default setup was started instead.</source>
      <translation>En su lugar se inició la configuración predeterminada de la lección.</translation>
    </message>
    <message>
      <source>Something went wrong {doing}: {error}</source>
      <translation>Algo salió mal {doing}: {error}</translation>
    </message>
    <message>
      <source>There is not enough memory {doing}. Use fewer units or fewer rows.</source>
      <translation>No hay memoria suficiente {doing}. Usa menos unidades o menos filas.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Training</source>
      <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Learn</source>
      <translation>&amp;Aprender</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Projector mode</source>
      <translation>Modo proyector</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>(not available now)</source>
      <translation>(no disponible ahora)</translation>
    </message>
    <message>
      <source>Pipeline diagram</source>
      <translation>Diagrama de la cadena</translation>
    </message>
    <message>
      <source>{title}: click for details</source>
      <translation>{title}: haz clic para ver detalles</translation>
    </message>
    <message>
      <source>in</source>
      <translation>entra</translation>
    </message>
    <message>
      <source>out</source>
      <translation>sale</translation>
    </message>
    <message>
      <source>Layer {k}</source>
      <translation>Capa {k}</translation>
    </message>
    <message>
      <source>{n:,} weights and biases</source>
      <translation>{n:,} pesos y sesgos</translation>
    </message>
    <message>
      <source>Normal size (1×)</source>
      <translation>Tamaño normal (1×)</translation>
    </message>
    <message>
      <source>Projector, large (1.5×)</source>
      <translation>Proyector, grande (1,5×)</translation>
    </message>
    <message>
      <source>Projector, extra large (2×)</source>
      <translation>Proyector, muy grande (2×)</translation>
    </message>
    <message>
      <source>sigmoid squashes the sum into the range 0 to 1, read as the probability of class 1; above 0.5 the answer is class 1.</source>
      <translation>la sigmoide comprime la suma en el rango de 0 a 1, que se lee como la probabilidad de la clase 1; por encima de 0.5 la respuesta es la clase 1.</translation>
    </message>
    <message>
      <source>Double-click a validation row (V) to follow it in Prediction trace</source>
      <translation>Haz doble clic en una fila de validación (V) para seguirla en la traza de predicción</translation>
    </message>
    <message>
      <source>Raw data</source>
      <translation>Datos en bruto</translation>
    </message>
    <message>
      <source>Normalized (0–1)</source>
      <translation>Normalizados (0–1)</translation>
    </message>
    <message>
      <source>Feature ranges</source>
      <translation>Rangos de las variables</translation>
    </message>
    <message>
      <source>linear: the output is the weighted sum itself, nothing squashes it, so it can be any number: the prediction.</source>
      <translation>lineal: la salida es la propia suma ponderada, nada la comprime, así que puede ser cualquier número: la predicción.</translation>
    </message>
    <message>
      <source>Back to the target's units</source>
      <translation>De vuelta a las unidades del objetivo</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <source>Inputs per unit</source>
      <translation>Entradas por unidad</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>Fórmula</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Pérdida</translation>
    </message>
    <message>
      <source>binary cross-entropy: −log of the probability given to the row's true class.</source>
      <translation>entropía cruzada binaria: −log de la probabilidad dada a la clase real de la fila.</translation>
    </message>
    <message>
      <source>The network learns {target} standardized with the training rows: (y − mean) / std, with mean {mean} and standard deviation {std}, so it works with numbers near 0 whatever the target's units. Its output is turned back with ŷ = output × {std} + {mean}: an output of 0 predicts the mean, {mean}, and an output of 1 predicts one standard deviation above it, {above}.</source>
      <translation>La red aprende {target} estandarizado con las filas de entrenamiento: (y − media) / desviación típica, con media {mean} y desviación típica {std}, así que trabaja con números cercanos a 0 sean cuales sean las unidades del objetivo. Su salida se devuelve con ŷ = salida × {std} + {mean}: una salida de 0 predice la media, {mean}, y una salida de 1 predice una desviación típica por encima, {above}.</translation>
    </message>
    <message>
      <source>Stage: {title}</source>
      <translation>Etapa: {title}</translation>
    </message>
    <message>
      <source>raw minimum</source>
      <translation>mínimo en bruto</translation>
    </message>
    <message>
      <source>raw maximum</source>
      <translation>máximo en bruto</translation>
    </message>
    <message>
      <source>Weights now</source>
      <translation>Pesos ahora</translation>
    </message>
    <message>
      <source>softmax turns the {k} scores (one per class) into {k} probabilities that add up to 1; the class with the largest probability is the network's answer.</source>
      <translation>softmax convierte las {k} puntuaciones (una por clase) en {k} probabilidades que suman 1; la clase con la mayor probabilidad es la respuesta de la red.</translation>
    </message>
    <message>
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <source>p_j = e^(z_j) / (e^(z_1) + … + e^(z_k)): e^z makes every score positive (a larger score, a much larger number), and dividing by their sum makes the k numbers add up to 1, so each is a probability.</source>
      <translation>p_j = e^(z_j) / (e^(z_1) + … + e^(z_k)): e^z hace positiva cada puntuación (una puntuación mayor, un número mucho mayor), y dividir por su suma hace que los k números sumen 1, así que cada uno es una probabilidad.</translation>
    </message>
    <message>
      <source>cross-entropy: −log of the probability given to the row's true class (0 when it is 1, large when it is near 0).</source>
      <translation>entropía cruzada: −log de la probabilidad dada a la clase real de la fila (0 cuando es 1, grande cuando está cerca de 0).</translation>
    </message>
    <message>
      <source>mean squared error in standard deviations: 1.0 is what always predicting the training mean scores on the training rows.</source>
      <translation>error cuadrático medio en desviaciones típicas: 1.0 es lo que se obtiene en las filas de entrenamiento prediciendo siempre la media de entrenamiento.</translation>
    </message>
    <message>
      <source>{w:,} weights + {b} biases = {n:,}</source>
      <translation>{w:,} pesos + {b} sesgos = {n:,}</translation>
    </message>
    <message>
      <source>mean |w| {mean:.3f}, largest |w| {big:.3f}, bias from {lo:.3f} to {hi:.3f} (after {steps} updates)</source>
      <translation>|w| medio {mean:.3f}, |w| mayor {big:.3f}, sesgo de {lo:.3f} a {hi:.3f} (tras {steps} actualizaciones)</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>inicio</translation>
    </message>
    <message>
      <source>basic patterns</source>
      <translation>patrones básicos</translation>
    </message>
    <message>
      <source>complex patterns</source>
      <translation>patrones complejos</translation>
    </message>
    <message>
      <source>fine-tuning</source>
      <translation>ajuste fino</translation>
    </message>
    <message>
      <source>converged</source>
      <translation>convergido</translation>
    </message>
    <message>
      <source>Training trace, one row per epoch</source>
      <translation>Registro del entrenamiento, una fila por época</translation>
    </message>
    <message>
      <source>Loss and accuracy curves</source>
      <translation>Curvas de pérdida y exactitud</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>pérdida</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>exactitud</translation>
    </message>
    <message>
      <source>training</source>
      <translation>entrenamiento</translation>
    </message>
    <message>
      <source>validation</source>
      <translation>validación</translation>
    </message>
    <message>
      <source>loss per batch</source>
      <translation>pérdida por lote</translation>
    </message>
    <message>
      <source>R² (1 = perfect, 0 = the mean)</source>
      <translation>R² (1 = perfecto, 0 = la media)</translation>
    </message>
    <message>
      <source>epoch {e}: loss {loss} (validation {val})</source>
      <translation>época {e}: pérdida {loss} (validación {val})</translation>
    </message>
    <message>
      <source>LayerLab training curves</source>
      <translation>Curvas de entrenamiento de LayerLab</translation>
    </message>
    <message>
      <source>, R² {r2} (validation {val})</source>
      <translation>, R² {r2} (validación {val})</translation>
    </message>
    <message>
      <source>, MAE {mae} (validation {val})</source>
      <translation>, MAE {mae} (validación {val})</translation>
    </message>
    <message>
      <source>, accuracy {a} (validation {val})</source>
      <translation>, exactitud {a} (validación {val})</translation>
    </message>
    <message>
      <source>LayerLab — why deep networks learn complex patterns</source>
      <translation>LayerLab: por qué las redes profundas aprenden patrones complejos</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Entrenamiento</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>lista</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>en pausa</translation>
    </message>
    <message>
      <source>predicting the training mean (R² 0)</source>
      <translation>predecir la media de entrenamiento (R² 0)</translation>
    </message>
    <message>
      <source>no validation score yet</source>
      <translation>aún no hay puntuación de validación</translation>
    </message>
    <message>
      <source>After the rollback: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Tras la restauración: {acc:.0%} de las filas de validación acertadas; {chance}</translation>
    </message>
    <message>
      <source>Now: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Ahora: {acc:.0%} de las filas de validación acertadas; {chance}</translation>
    </message>
    <message>
      <source>Now: {scores}</source>
      <translation>Ahora: {scores}</translation>
    </message>
    <message>
      <source>Epoch {e}/{n}</source>
      <translation>Época {e}/{n}</translation>
    </message>
    <message>
      <source>batch {b}/{bn}</source>
      <translation>lote {b}/{bn}</translation>
    </message>
    <message>
      <source>{t:.1f} s</source>
      <translation>{t:.1f} s</translation>
    </message>
    <message>
      <source>After the rollback: {scores}</source>
      <translation>Tras la restauración: {scores}</translation>
    </message>
    <message>
      <source>To beat: {chance}</source>
      <translation>A superar: {chance}</translation>
    </message>
    <message>
      <source>Now: {text}</source>
      <translation>Ahora: {text}</translation>
    </message>
    <message>
      <source>{r:,.0f} examples/s</source>
      <translation>{r:,.0f} ejemplos/s</translation>
    </message>
    <message>
      <source>validation R² {r2:.2f}</source>
      <translation>R² de validación {r2:.2f}</translation>
    </message>
    <message>
      <source>mean absolute error {mae}</source>
      <translation>error absoluto medio {mae}</translation>
    </message>
    <message>
      <source>Moving around</source>
      <translation>Moverse</translation>
    </message>
    <message>
      <source>Go to the next / previous control</source>
      <translation>Ir al control siguiente / anterior</translation>
    </message>
    <message>
      <source>Press the focused button, open a stage box</source>
      <translation>Pulsar el botón con el foco, abrir una caja de etapa</translation>
    </message>
    <message>
      <source>In the pipeline diagram: go to the next box</source>
      <translation>En el diagrama de la cadena: ir a la caja siguiente</translation>
    </message>
    <message>
      <source>In a list, field or slider: change the value</source>
      <translation>En una lista, campo o deslizador: cambiar el valor</translation>
    </message>
    <message>
      <source>In the guided lesson: back / next</source>
      <translation>En la lección guiada: atrás / siguiente</translation>
    </message>
    <message>
      <source>Choose an answer</source>
      <translation>Elegir una respuesta</translation>
    </message>
    <message>
      <source>Go on to the next question</source>
      <translation>Pasar a la siguiente pregunta</translation>
    </message>
    <message>
      <source>Close the quiz</source>
      <translation>Cerrar el cuestionario</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Qué hace</translation>
    </message>
    <message>
      <source>Play / pause</source>
      <translation>Reproducir / pausa</translation>
    </message>
    <message>
      <source>Step one batch</source>
      <translation>Avanzar un lote</translation>
    </message>
    <message>
      <source>Stop the run</source>
      <translation>Detener la ejecución</translation>
    </message>
    <message>
      <source>New lesson</source>
      <translation>Lección nueva</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
      <source>Take the quiz…</source>
      <translation>Hacer el cuestionario…</translation>
    </message>
    <message>
      <source>About LayerLab</source>
      <translation>Acerca de LayerLab</translation>
    </message>
    <message>
      <source>LayerLab shows, step by step, why a network with hidden layers learns patterns that a single layer cannot. Everything on screen is computed live.</source>
      <translation>LayerLab muestra, paso a paso, por qué una red con capas ocultas aprende patrones que una sola capa no puede aprender. Todo lo que aparece en pantalla se calcula en vivo.</translation>
    </message>
    <message>
      <source>always saying {name} scores {rate}</source>
      <translation>decir siempre {name} obtiene {rate}</translation>
    </message>
    <message>
      <source>athlete (1) or not (0)</source>
      <translation>atleta (1) o no (0)</translation>
    </message>
    <message>
      <source>class (1) or (0)</source>
      <translation>clase (1) o (0)</translation>
    </message>
    <message>
      <source>class (0 to {last})</source>
      <translation>clase (0 a {last})</translation>
    </message>
    <message>
      <source>not athlete</source>
      <translation>no atleta</translation>
    </message>
    <message>
      <source>athlete</source>
      <translation>atleta</translation>
    </message>
    <message>
      <source>class {k}</source>
      <translation>clase {k}</translation>
    </message>
    <message>
      <source>20 measurements per person from a fitness lab; is the person an athlete?</source>
      <translation>20 medidas por persona de un laboratorio de fitness; ¿es la persona un atleta?</translation>
    </message>
    <message>
      <source>2-D: four quadrants, opposite corners share a class</source>
      <translation>2-D: cuatro cuadrantes, las esquinas opuestas comparten clase</translation>
    </message>
    <message>
      <source>2-D: a ring around a disc</source>
      <translation>2-D: un anillo alrededor de un disco</translation>
    </message>
    <message>
      <source>2-D: two interleaved spirals</source>
      <translation>2-D: dos espirales entrelazadas</translation>
    </message>
    <message>
      <source>2-D: two interleaving half moons</source>
      <translation>2-D: dos medias lunas entrelazadas</translation>
    </message>
    <message>
      <source>2-D: two overlapping clouds</source>
      <translation>2-D: dos nubes que se solapan</translation>
    </message>
    <message>
      <source>2-D: four clouds, one per class (4 classes)</source>
      <translation>2-D: cuatro nubes, una por clase (4 clases)</translation>
    </message>
    <message>
      <source>2-D: predict a number that rises along a tilted plane</source>
      <translation>2-D: predecir un número que sube a lo largo de un plano inclinado</translation>
    </message>
    <message>
      <source>2-D: predict a number, a bump in the middle</source>
      <translation>2-D: predecir un número, una colina en el centro</translation>
    </message>
    <message>
      <source>{name} scaled from {span} to 0.0–1.0</source>
      <translation>{name} escalado de {span} a 0.0–1.0</translation>
    </message>
    <message>
      <source>There are {layers} hidden layers, so write {layers} activations, one per layer (like relu, tanh), not {got}.</source>
      <translation>Hay {layers} capas ocultas, así que escribe {layers} activaciones, una por capa (como relu, tanh), no {got}.</translation>
    </message>
    <message>
      <source>Each layer needs 1 to {most} units, got {got}.</source>
      <translation>Cada capa necesita de 1 a {most} unidades; se recibió {got}.</translation>
    </message>
    <message>
      <source>There is no hidden layer, so there is no activation to give per layer (got {got}).</source>
      <translation>No hay capa oculta, así que no hay ninguna activación que dar por capa (se recibió {got}).</translation>
    </message>
    <message>
      <source>There is 1 hidden layer, so write 1 activation, not {got}.</source>
      <translation>Hay 1 capa oculta, así que escribe 1 activación, no {got}.</translation>
    </message>
    <message>
      <source>There is an empty name between two commas; write one activation per hidden layer, like relu, tanh.</source>
      <translation>Falta un nombre entre dos comas; escribe una activación por capa oculta, como relu, tanh.</translation>
    </message>
    <message>
      <source>layer_activations must be a list of activation names.</source>
      <translation>layer_activations debe ser una lista de nombres de activaciones.</translation>
    </message>
    <message>
      <source>There is an empty size between two commas; write the layer sizes like 64, 32.</source>
      <translation>Falta un tamaño entre dos comas; escribe los tamaños de las capas así: 64, 32.</translation>
    </message>
    <message>
      <source>{part} contains the character {odd} (U+{code}); write each layer size with the digits 0-9, like 64, 32.</source>
      <translation>{part} contiene el carácter {odd} (U+{code}); escribe cada tamaño de capa con las cifras 0-9, como 64, 32.</translation>
    </message>
    <message>
      <source>'{part}' is not a whole number; write the layer sizes like 64, 32.</source>
      <translation>'{part}' no es un número entero; escribe los tamaños de las capas así: 64, 32.</translation>
    </message>
    <message>
      <source>a number with {n} digits</source>
      <translation>un número de {n} cifras</translation>
    </message>
    <message>
      <source>The learning rate must be a number above 0.</source>
      <translation>La tasa de aprendizaje debe ser un número mayor que 0.</translation>
    </message>
    <message>
      <source>The learning rate must be at most 100.</source>
      <translation>La tasa de aprendizaje debe ser como mucho 100.</translation>
    </message>
    <message>
      <source>At most {most} hidden layers, got {n}.</source>
      <translation>Como máximo {most} capas ocultas; se recibieron {n}.</translation>
    </message>
    <message>
      <source>restore_best must be true or false.</source>
      <translation>restore_best debe ser true o false.</translation>
    </message>
    <message>
      <source>features must be a list of feature codes.</source>
      <translation>features debe ser una lista de códigos de variables.</translation>
    </message>
    <message>
      <source>Each extra feature can be chosen once.</source>
      <translation>Cada variable adicional solo se puede elegir una vez.</translation>
    </message>
    <message>
      <source>Noise and extra input features apply to the 2-D datasets ({names}), not to {dataset}.</source>
      <translation>El ruido y las variables de entrada adicionales se aplican a los conjuntos de datos 2-D ({names}), no a {dataset}.</translation>
    </message>
    <message>
      <source>Compare depths trains networks with other numbers of layers, so it needs one activation for every layer; this network has one per layer ({names}). Choose a single activation to compare depths.</source>
      <translation>«Comparar profundidades» entrena redes con otro número de capas, así que necesita una misma activación para todas las capas; esta red tiene una por capa ({names}). Elige una sola activación para comparar profundidades.</translation>
    </message>
    <message>
      <source>'{name}' is not an activation{hint}; choose from {names}.</source>
      <translation>'{name}' no es una activación{hint}; elige entre {names}.</translation>
    </message>
    <message>
      <source>'{name}' has a yes/no target; predict its two classes instead.</source>
      <translation>«{name}» tiene un objetivo de sí/no; predice sus dos clases en su lugar.</translation>
    </message>
    <message>
      <source>'{name}' has a target with {n} classes; train it with the target kind 'classes' (--target-kind classes).</source>
      <translation>«{name}» tiene un objetivo con {n} clases; entrénalo con el tipo de objetivo «classes» (--target-kind classes).</translation>
    </message>
    <message>
      <source>'{name}' has a number to predict; train it with the target kind 'number' (--target-kind number).</source>
      <translation>«{name}» tiene un número que predecir; entrénalo con el tipo de objetivo «number» (--target-kind number).</translation>
    </message>
    <message>
      <source>The data has {n} classes; LayerLab trains 2 to {most}.</source>
      <translation>Los datos tienen {n} clases; LayerLab entrena de 2 a {most}.</translation>
    </message>
    <message>
      <source>not a plain file</source>
      <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} bytes</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>una carpeta</translation>
    </message>
    <message>
      <source>a named pipe (FIFO)</source>
      <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>un dispositivo</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>un socket</translation>
    </message>
    <message>
      <source>{path} is {kind}, not a file; LayerLab only opens files.</source>
      <translation>{path} es {kind}, no un archivo; LayerLab solo abre archivos.</translation>
    </message>
    <message>
      <source>{name} is {size}; LayerLab opens files of this kind up to {most}.</source>
      <translation>{name} ocupa {size}; LayerLab abre archivos de este tipo de hasta {most}.</translation>
    </message>
    <message>
      <source>There is no file at {path}.</source>
      <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
      <source>{path} cannot be read: {why}.</source>
      <translation>No se puede leer {path}: {why}.</translation>
    </message>
    <message>
      <source>{what} is larger than {most}.</source>
      <translation>{what} ocupa más de {most}.</translation>
    </message>
    <message>
      <source>{what} ends early: it is damaged.</source>
      <translation>{what} termina antes de tiempo: el archivo está dañado.</translation>
    </message>
    <message>
      <source>a profile cannot open the CSV file {path} itself; set dataset to one of {names}, and open the CSV with File → Open data….</source>
      <translation>un perfil no puede abrir por sí mismo el archivo CSV {path}; da a dataset uno de estos valores: {names}, y abre el CSV con Archivo → Abrir datos….</translation>
    </message>
    <message>
      <source>key "{key}": {problem}</source>
      <translation>clave "{key}": {problem}</translation>
    </message>
    <message>
      <source>the CSV file {path} is missing. Put the file there, or set dataset to one of: {names}.</source>
      <translation>falta el archivo CSV {path}. Pon el archivo ahí o da a dataset uno de estos valores: {names}.</translation>
    </message>
    <message>
      <source>"{name}" is both locked and hidden; choose one of the two.</source>
      <translation>"{name}" está bloqueado y oculto a la vez; elige una de las dos cosas.</translation>
    </message>
    <message>
      <source>is missing; write format = 1 on the first line.</source>
      <translation>falta; escribe format = 1 en la primera línea.</translation>
    </message>
    <message>
      <source>this profile uses format {version}, but this LayerLab reads format {known}. Update LayerLab or save the profile again.</source>
      <translation>este perfil usa el formato {version}, pero este LayerLab lee el formato {known}. Actualiza LayerLab o vuelve a guardar el perfil.</translation>
    </message>
    <message>
      <source>must be a table written [{name}], not a value.</source>
      <translation>debe ser una tabla escrita [{name}], no un valor.</translation>
    </message>
    <message>
      <source>must be a list of whole numbers like [64, 32] ([] for no hidden layer).</source>
      <translation>debe ser una lista de números enteros como [64, 32] ([] para ninguna capa oculta).</translation>
    </message>
    <message>
      <source>must be a list of names in quotes, like ["seed"].</source>
      <translation>debe ser una lista de nombres entre comillas, como ["seed"].</translation>
    </message>
    <message>
      <source>the list is empty; to turn the quiz off, add "quiz" to controls.hidden.</source>
      <translation>la lista está vacía; para desactivar el cuestionario, añade "quiz" a controls.hidden.</translation>
    </message>
    <message>
      <source>The classroom profile "{source}" cannot be used: {problem}</source>
      <translation>No se puede usar el perfil de clase "{source}": {problem}</translation>
    </message>
    <message>
      <source>The classroom profile cannot be used: {problem}</source>
      <translation>No se puede usar el perfil de clase: {problem}</translation>
    </message>
    <message>
      <source>the file could not be read ({problem}).</source>
      <translation>no se pudo leer el archivo ({problem}).</translation>
    </message>
    <message>
      <source>this is not valid TOML: {problem}. Look for a missing quote, bracket or '=' on that line.</source>
      <translation>esto no es TOML válido: {problem}. Busca en esa línea una comilla, un corchete o un '=' que falte.</translation>
    </message>
    <message>
      <source>"{name}" is not a control{hint}. Use any of: {names}.</source>
      <translation>"{name}" no es un control{hint}. Usa cualquiera de: {names}.</translation>
    </message>
    <message>
      <source>"{ident}" is not a question id{hint}. Known ids: {names}.</source>
      <translation>"{ident}" no es un id de pregunta{hint}. Ids conocidos: {names}.</translation>
    </message>
    <message>
      <source>the file could not be read as UTF-8 text ({problem}).</source>
      <translation>no se pudo leer el archivo como texto UTF-8 ({problem}).</translation>
    </message>
    <message>
      <source>config.hidden_layers should be a list of whole numbers like [64, 32], not {value}.</source>
      <translation>config.hidden_layers debería ser una lista de números enteros como [64, 32], no {value}.</translation>
    </message>
    <message>
      <source>The array '{key}' is missing from arrays.npz.</source>
      <translation>Falta el array '{key}' en arrays.npz.</translation>
    </message>
    <message>
      <source>The array '{key}' has shape {shape}; the session's settings need {need}.</source>
      <translation>El array '{key}' tiene la forma {shape}; los ajustes de la sesión necesitan {need}.</translation>
    </message>
    <message>
      <source>The array '{key}' should hold numbers, not {dtype}.</source>
      <translation>El array '{key}' debería contener números, no {dtype}.</translation>
    </message>
    <message>
      <source>The array '{key}' holds NaN or infinite values.</source>
      <translation>El array '{key}' contiene NaN o valores infinitos.</translation>
    </message>
    <message>
      <source>'{where}.events' should list some of {names}.</source>
      <translation>'{where}.events' debería enumerar algunos de {names}.</translation>
    </message>
    <message>
      <source>'data.output_units' should be {low} to {high} (one per class), not {units}.</source>
      <translation>'data.output_units' debería ser de {low} a {high} (una por clase), no {units}.</translation>
    </message>
    <message>
      <source>'data.output_units' should be 1 for target kind {kind}, not {units}.</source>
      <translation>'data.output_units' debería ser 1 para el tipo de objetivo {kind}, no {units}.</translation>
    </message>
    <message>
      <source>'data.class_names' should hold two names.</source>
      <translation>'data.class_names' debería contener dos nombres.</translation>
    </message>
    <message>
      <source>'data.class_names' should hold {low} to {high} names.</source>
      <translation>'data.class_names' debería contener de {low} a {high} nombres.</translation>
    </message>
    <message>
      <source>The array 'data_y' should hold only 0 to {last}.</source>
      <translation>El array 'data_y' debería contener solo de 0 a {last}.</translation>
    </message>
    <message>
      <source>'config' cannot be read: {problem}</source>
      <translation>No se puede leer 'config': {problem}</translation>
    </message>
    <message>
      <source>'data.{key}' should name {n} columns.</source>
      <translation>'data.{key}' debería nombrar {n} columnas.</translation>
    </message>
    <message>
      <source>'data.class_names' should be empty for a number.</source>
      <translation>'data.class_names' debería estar vacío para un número.</translation>
    </message>
    <message>
      <source>The array 'data_y' should hold only 0 and 1.</source>
      <translation>El array 'data_y' debería contener solo 0 y 1.</translation>
    </message>
    <message>
      <source>no hidden layer</source>
      <translation>sin capa oculta</translation>
    </message>
    <message>
      <source>one hidden layer ({sizes})</source>
      <translation>una capa oculta ({sizes})</translation>
    </message>
    <message>
      <source>two hidden layers ({sizes})</source>
      <translation>dos capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>three hidden layers ({sizes})</source>
      <translation>tres capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>four hidden layers ({sizes})</source>
      <translation>cuatro capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>five hidden layers ({sizes})</source>
      <translation>cinco capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>six hidden layers ({sizes})</source>
      <translation>seis capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>seven hidden layers ({sizes})</source>
      <translation>siete capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>eight hidden layers ({sizes})</source>
      <translation>ocho capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>a straight line, fitted to convergence with Newton's method</source>
      <translation>una línea recta, ajustada hasta la convergencia con el método de Newton</translation>
    </message>
    <message>
      <source>one straight-line score per class under a softmax (multinomial logistic regression), fitted to convergence with Newton's method</source>
      <translation>una puntuación de línea recta por clase bajo un softmax (regresión logística multinomial), ajustada hasta la convergencia con el método de Newton</translation>
    </message>
    <message>
      <source>a linear function of the inputs: least squares, solved exactly</source>
      <translation>una función lineal de las entradas: mínimos cuadrados, resueltos exactamente</translation>
    </message>
    <message>
      <source>as wide as the deep network's first layer</source>
      <translation>tan ancha como la primera capa de la red profunda</translation>
    </message>
    <message>
      <source>the same parameter count as the deep network</source>
      <translation>el mismo número de parámetros que la red profunda</translation>
    </message>
    <message>
      <source>the deep network</source>
      <translation>la red profunda</translation>
    </message>
    <message>
      <source>A straight line ({name}, fitted to convergence with Newton's method) reaches {share}.</source>
      <translation>Una línea recta ({name}, ajustada hasta la convergencia con el método de Newton) alcanza un {share}.</translation>
    </message>
    <message>
      <source>Straight lines ({name}: one score per class under a softmax, fitted to convergence with Newton's method) reach {share}.</source>
      <translation>Unas líneas rectas ({name}: una puntuación por clase bajo un softmax, ajustadas hasta la convergencia con el método de Newton) alcanzan un {share}.</translation>
    </message>
    <message>
      <source>A linear function of the inputs ({name}: least squares, solved exactly) reaches a validation R² of {share}.</source>
      <translation>Una función lineal de las entradas ({name}: mínimos cuadrados, resueltos exactamente) alcanza un R² de validación de {share}.</translation>
    </message>
    <message>
      <source>{n} hidden layers ({sizes})</source>
      <translation>{n} capas ocultas ({sizes})</translation>
    </message>
    <message>
      <source>{name} diverged on {n} of {k} seeds</source>
      <translation>{name}: divergió en {n} de {k} semillas</translation>
    </message>
    <message>
      <source>({notes}: their last good epoch counts.)</source>
      <translation>({notes}: cuenta su última época buena.)</translation>
    </message>
    <message>
      <source>Compare on 1 to {most} seeds, got {n}.</source>
      <translation>Compara con 1 a {most} semillas; se recibieron {n}.</translation>
    </message>
    <message>
      <source>Each seed may appear only once.</source>
      <translation>Cada semilla solo puede aparecer una vez.</translation>
    </message>
    <message>
      <source>Seeds must be whole numbers from 0 to 4,294,967,295.</source>
      <translation>Las semillas deben ser números enteros de 0 a 4,294,967,295.</translation>
    </message>
    <message>
      <source>Not every network has finished yet.</source>
      <translation>Todavía no han terminado todas las redes.</translation>
    </message>
    <message>
      <source>How the verdict is decided (deep network against one hidden layer with the same parameter count, epoch-{epochs} validation accuracy, percentages rounded to one decimal as in the table):
1. depth helps if the deep network is better on at least 80% of the seeds and its mean is at least 2 points higher;
2. depth hurts if the one-layer network is better on at least 80% of the seeds and its mean is at least 2 points higher;
3. depth is only faster if the deep network's median number of epochs to reach 90% of its own best is lower;
4. otherwise there is no difference.</source>
      <translation>Cómo se decide el veredicto (red profunda frente a una capa oculta con el mismo número de parámetros, exactitud de validación en la época {epochs}, porcentajes redondeados a un decimal como en la tabla):
1. la profundidad ayuda si la red profunda es mejor en al menos el 80% de las semillas y su media es al menos 2 puntos mayor;
2. la profundidad perjudica si la red de una capa es mejor en al menos el 80% de las semillas y su media es al menos 2 puntos mayor;
3. la profundidad solo es más rápida si la mediana de épocas que necesita la red profunda para llegar al 90% de su propio mejor valor es menor;
4. en otro caso no hay diferencia.</translation>
    </message>
    <message>
      <source>How the verdict is decided (deep network against one hidden layer with the same parameter count, epoch-{epochs} validation R², rounded to three decimals as in the table; R² is 1 for a perfect fit and 0 for always predicting the mean):
1. depth helps if the deep network is better on at least 80% of the seeds and its mean R² is at least 0.020 higher;
2. depth hurts if the one-layer network is better on at least 80% of the seeds and its mean R² is at least 0.020 higher;
3. depth is only faster if the deep network's median number of epochs to reach 90% of its own best R² is lower (a run whose best R² is 0 or below never gets there);
4. otherwise there is no difference.</source>
      <translation>Cómo se decide el veredicto (red profunda frente a una capa oculta con el mismo número de parámetros, R² de validación en la época {epochs}, redondeado a tres decimales como en la tabla; el R² es 1 con un ajuste perfecto y 0 si se predice siempre la media):
1. la profundidad ayuda si la red profunda es mejor en al menos el 80% de las semillas y su R² medio es al menos 0.020 mayor;
2. la profundidad perjudica si la red de una capa es mejor en al menos el 80% de las semillas y su R² medio es al menos 0.020 mayor;
3. la profundidad solo es más rápida si la mediana de épocas que necesita la red profunda para llegar al 90% de su propio mejor R² es menor (una ejecución cuyo mejor R² es 0 o menos nunca llega);
4. en otro caso no hay diferencia.</translation>
    </message>
    <message>
      <source>Depth helps on this data after {after}: {deep_name} reaches {deep} against {budget} for {budget_name} with the same parameter count, better on {wins} of {seeds} by {points} points on average.</source>
      <translation>La profundidad ayuda con estos datos tras {after}: {deep} con {deep_name} frente a {budget} con {budget_name} y el mismo número de parámetros; mejor en {wins} de {seeds}, por {points} puntos de media.</translation>
    </message>
    <message>
      <source>Depth hurts on this data after {after}: {budget_name} with the same parameter count reaches {budget} against {deep} for {deep_name}, better on {wins} of {seeds} by {points} points on average.</source>
      <translation>La profundidad perjudica con estos datos tras {after}: {budget} con {budget_name} y el mismo número de parámetros frente a {deep} con {deep_name}; mejor en {wins} de {seeds}, por {points} puntos de media.</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches {budget} against {deep} for {deep_name} over {seeds}; only depth got there at all ({medians}).</source>
      <translation>Con estos datos una capa ancha rinde más o menos igual tras {after}: {budget} con {budget_name} frente a {deep} con {deep_name} sobre {seeds}; solo la profundidad llegó a alcanzarlo ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches {budget} against {deep} for {deep_name} over {seeds}; depth got there {sooner} sooner ({medians}).</source>
      <translation>Con estos datos una capa ancha rinde más o menos igual tras {after}: {budget} con {budget_name} frente a {deep} con {deep_name} sobre {seeds}; la profundidad llegó {sooner} antes ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches {budget} against {deep} for {deep_name} over {seeds}, and depth was not faster ({medians}).</source>
      <translation>Con estos datos una capa ancha rinde más o menos igual tras {after}: {budget} con {budget_name} frente a {deep} con {deep_name} sobre {seeds}, y la profundidad no fue más rápida ({medians}).</translation>
    </message>
    <message>
      <source>Depth helps on this data after {after}: {deep_name} reaches a validation R² of {deep} against {budget} for {budget_name} with the same parameter count, better on {wins} of {seeds} by {points} on average.</source>
      <translation>La profundidad ayuda con estos datos tras {after}: R² de validación de {deep} con {deep_name} frente a {budget} con {budget_name} y el mismo número de parámetros; mejor en {wins} de {seeds}, por {points} de media.</translation>
    </message>
    <message>
      <source>Depth hurts on this data after {after}: {budget_name} with the same parameter count reaches a validation R² of {budget} against {deep} for {deep_name}, better on {wins} of {seeds} by {points} on average.</source>
      <translation>La profundidad perjudica con estos datos tras {after}: R² de validación de {budget} con {budget_name} y el mismo número de parámetros frente a {deep} con {deep_name}; mejor en {wins} de {seeds}, por {points} de media.</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches a validation R² of {budget} against {deep} for {deep_name} over {seeds}; only depth got there at all ({medians}).</source>
      <translation>Con estos datos una capa ancha rinde más o menos igual tras {after}: R² de validación de {budget} con {budget_name} frente a {deep} con {deep_name} sobre {seeds}; solo la profundidad llegó a alcanzarlo ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches a validation R² of {budget} against {deep} for {deep_name} over {seeds}; depth got there {sooner} sooner ({medians}).</source>
      <translation>Con estos datos una capa ancha rinde más o menos igual tras {after}: R² de validación de {budget} con {budget_name} frente a {deep} con {deep_name} sobre {seeds}; la profundidad llegó {sooner} antes ({medians}).</translation>
    </message>
    <message>
      <source>On this data one wide layer does about as well after {after}: {budget_name} reaches a validation R² of {budget} against {deep} for {deep_name} over {seeds}, and depth was not faster ({medians}).</source>
      <translation>Con estos datos una capa ancha rinde más o menos igual tras {after}: R² de validación de {budget} con {budget_name} frente a {deep} con {deep_name} sobre {seeds}, y la profundidad no fue más rápida ({medians}).</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>median {deep} against {budget} epochs to 90% of its best</source>
      <translation>mediana {deep} frente a {budget} épocas hasta el 90% de su mejor valor</translation>
    </message>
    <message>
      <source>1 epoch</source>
      <translation>1 época</translation>
    </message>
    <message>
      <source>{n} epochs</source>
      <translation>{n} épocas</translation>
    </message>
    <message>
      <source>1 seed</source>
      <translation>1 semilla</translation>
    </message>
    <message>
      <source>{n} seeds</source>
      <translation>{n} semillas</translation>
    </message>
    <message>
      <source>Deep learning handles complex patterns by passing data through multiple layers that build up from simple to complex features. This layered learning allows the model to improve predictions step by step, as seen by decreasing loss and increasing accuracy during training.</source>
      <translation>El aprendizaje profundo maneja patrones complejos haciendo pasar los datos por varias capas que construyen desde características sencillas hasta complejas. Este aprendizaje por capas permite al modelo mejorar sus predicciones paso a paso, como muestran la pérdida que baja y la exactitud que sube durante el entrenamiento.</translation>
    </message>
    <message>
      <source>Each layer's patterns separate the classes better than the one before: the layers untangle them step by step.</source>
      <translation>Los patrones de cada capa separan las clases mejor que los de la anterior: las capas las desenredan paso a paso.</translation>
    </message>
    <message>
      <source>layer {k}'s patterns separate the classes no better than layer {j}'s ({now}% against {before}%)</source>
      <translation>los patrones de la capa {k} no separan las clases mejor que los de la capa {j} ({now}% frente a {before}%)</translation>
    </message>
    <message>
      <source>validation R² {r2}</source>
      <translation>R² de validación {r2}</translation>
    </message>
    <message>
      <source>validation R² fell from {a} to {b}</source>
      <translation>el R² de validación bajó de {a} a {b}</translation>
    </message>
    <message>
      <source>Training loss fell from {a} after epoch {first} to {b} after epoch {last}</source>
      <translation>La pérdida de entrenamiento bajó de {a} tras la época {first} a {b} tras la época {last}</translation>
    </message>
    <message>
      <source>validation accuracy fell from {a}% to {b}%</source>
      <translation>la exactitud de validación bajó del {a}% al {b}%</translation>
    </message>
    <message>
      <source>Layer {k}'s best unit follows the label no more closely (|r| = {b}) than layer 1's (|r| = {a}).</source>
      <translation>La mejor unidad de la capa {k} no sigue a la etiqueta más de cerca (|r| = {b}) que la de la capa 1 (|r| = {a}).</translation>
    </message>
    <message>
      <source>unit {unit} (r = {r}) weighs {inputs} most</source>
      <translation>la unidad {unit} (r = {r}) pondera más {inputs}</translation>
    </message>
    <message>
      <source>The layers have not learned yet (no epoch has finished): for now straight lines through the raw measurements (one per class) get {raw}% of the validation rows right.</source>
      <translation>Las capas aún no han aprendido (no ha terminado ninguna época): por ahora, unas líneas rectas a través de las medidas en bruto (una por clase) aciertan el {raw}% de las filas de validación.</translation>
    </message>
    <message>
      <source>The network has not learned yet (no epoch has finished): for now straight lines through the raw measurements (one per class) get {raw}% of the validation rows right.</source>
      <translation>La red aún no ha aprendido (no ha terminado ninguna época): por ahora, unas líneas rectas a través de las medidas en bruto (una por clase) aciertan el {raw}% de las filas de validación.</translation>
    </message>
    <message>
      <source>This network has no hidden layer, so its answer is itself made of straight lines through the measurements. Straight lines fitted to the training rows to convergence (one per class) get {raw}% of the validation rows right; this network, after {epochs}, gets {own}%.</source>
      <translation>Esta red no tiene capa oculta, así que su respuesta está hecha a su vez de líneas rectas a través de las medidas. Unas líneas rectas ajustadas hasta la convergencia a las filas de entrenamiento (una por clase) aciertan el {raw}% de las filas de validación; esta red, tras {epochs}, acierta el {own}%.</translation>
    </message>
    <message>
      <source>Straight lines through the raw measurements (one per class) get {raw}% of the validation rows right; {steps}.</source>
      <translation>Unas líneas rectas a través de las medidas en bruto (una por clase) aciertan el {raw}% de las filas de validación; {steps}.</translation>
    </message>
    <message>
      <source>The layers have not learned yet (no epoch has finished): for now a linear fit of the raw measurements explains {raw}% of the variation of the validation rows' target (R²).</source>
      <translation>Las capas aún no han aprendido (no ha terminado ninguna época): por ahora, un ajuste lineal de las medidas en bruto explica el {raw}% de la variación del objetivo de las filas de validación (R²).</translation>
    </message>
    <message>
      <source>The network has not learned yet (no epoch has finished): for now a linear fit of the raw measurements explains {raw}% of the variation of the validation rows' target (R²).</source>
      <translation>La red aún no ha aprendido (no ha terminado ninguna época): por ahora, un ajuste lineal de las medidas en bruto explica el {raw}% de la variación del objetivo de las filas de validación (R²).</translation>
    </message>
    <message>
      <source>This network has no hidden layer, so its answer is itself a linear function of the measurements. A linear fit to the training rows explains {raw}% of the variation of the validation rows' target (R²); this network, after {epochs}, explains {own}%.</source>
      <translation>Esta red no tiene capa oculta, así que su respuesta es en sí una función lineal de las medidas. Un ajuste lineal a las filas de entrenamiento explica el {raw}% de la variación del objetivo de las filas de validación (R²); esta red, tras {epochs}, explica el {own}%.</translation>
    </message>
    <message>
      <source>A linear fit of the raw measurements explains {raw}% of the variation of the validation rows' target (R²); {steps}.</source>
      <translation>Un ajuste lineal de las medidas en bruto explica el {raw}% de la variación del objetivo de las filas de validación (R²); {steps}.</translation>
    </message>
    <message>
      <source>Every validation row has the same target, so R² (the share of its variation explained) is not defined for this run.</source>
      <translation>Todas las filas de validación tienen el mismo objetivo, así que el R² (la parte de su variación explicada) no está definido para esta ejecución.</translation>
    </message>
    <message>
      <source>The network has not learned yet (no epoch has finished): for now a straight line through the raw measurements gets {raw}% of the validation rows right.</source>
      <translation>La red aún no ha aprendido (no ha terminado ninguna época): por ahora, una línea recta a través de las medidas en bruto acierta el {raw}% de las filas de validación.</translation>
    </message>
    <message>
      <source>This network has no hidden layer, so its answer is itself a straight line through the measurements. A straight line fitted to the training rows to convergence gets {raw}% of the validation rows right; this network, after {epochs}, gets {own}%.</source>
      <translation>Esta red no tiene capa oculta, así que su respuesta es en sí una línea recta a través de las medidas. Una línea recta ajustada hasta la convergencia a las filas de entrenamiento acierta el {raw}% de las filas de validación; esta red, tras {epochs}, acierta el {own}%.</translation>
    </message>
    <message>
      <source>through layer 1's patterns {share}%</source>
      <translation>a través de los patrones de la capa 1, el {share}%</translation>
    </message>
    <message>
      <source>through layer {k}'s {share}%</source>
      <translation>a través de los de la capa {k}, el {share}%</translation>
    </message>
    <message>
      <source>A straight line through the raw measurements gets {raw}% of the validation rows right; {steps}.</source>
      <translation>Una línea recta a través de las medidas en bruto acierta el {raw}% de las filas de validación; {steps}.</translation>
    </message>
    <message>
      <source>A linear fit explains more of the target through each layer's patterns than through the one before: the layers untangle it step by step.</source>
      <translation>Un ajuste lineal explica más del objetivo a través de los patrones de cada capa que a través de los de la anterior: las capas lo desenredan paso a paso.</translation>
    </message>
    <message>
      <source>The hidden layer's patterns make the classes easier to separate with a straight line than the raw measurements.</source>
      <translation>Con los patrones de la capa oculta, las clases se separan más fácilmente con una línea recta que con las medidas en bruto.</translation>
    </message>
    <message>
      <source>a linear fit explains the target no better through layer {k}'s patterns than through layer {j}'s ({now}% against {before}%)</source>
      <translation>un ajuste lineal no explica el objetivo mejor a través de los patrones de la capa {k} que a través de los de la capa {j} ({now}% frente a {before}%)</translation>
    </message>
    <message>
      <source>layer 1's patterns separate the classes no better than the raw measurements ({now}% against {before}%)</source>
      <translation>los patrones de la capa 1 no separan las clases mejor que las medidas en bruto ({now}% frente a {before}%)</translation>
    </message>
    <message>
      <source>After epoch {epoch} the training loss is {loss} and validation accuracy {acc}%.</source>
      <translation>Tras la época {epoch}, la pérdida de entrenamiento es {loss} y la exactitud de validación, el {acc}%.</translation>
    </message>
    <message>
      <source>validation R² is not defined (every validation row has the same target)</source>
      <translation>el R² de validación no está definido (todas las filas de validación tienen el mismo objetivo)</translation>
    </message>
    <message>
      <source>validation R² stayed at {r2}</source>
      <translation>el R² de validación se mantuvo en {r2}</translation>
    </message>
    <message>
      <source>validation R² rose from {a} to {b}</source>
      <translation>el R² de validación subió de {a} a {b}</translation>
    </message>
    <message>
      <source>Training loss stayed at {loss} from epoch {first} to epoch {last}</source>
      <translation>La pérdida de entrenamiento se mantuvo en {loss} de la época {first} a la época {last}</translation>
    </message>
    <message>
      <source>Training loss rose from {a} after epoch {first} to {b} after epoch {last}</source>
      <translation>La pérdida de entrenamiento subió de {a} tras la época {first} a {b} tras la época {last}</translation>
    </message>
    <message>
      <source>Training loss fell from {a} after epoch {first} to {b} after epoch {last} ({ratio}× lower)</source>
      <translation>La pérdida de entrenamiento bajó de {a} tras la época {first} a {b} tras la época {last} ({ratio}× menor)</translation>
    </message>
    <message>
      <source>validation accuracy stayed at {acc}%</source>
      <translation>la exactitud de validación se mantuvo en el {acc}%</translation>
    </message>
    <message>
      <source>validation accuracy rose from {a}% to {b}%</source>
      <translation>la exactitud de validación subió del {a}% al {b}%</translation>
    </message>
    <message>
      <source>With one hidden layer, its units are the only patterns the output can combine.</source>
      <translation>Con una sola capa oculta, sus unidades son los únicos patrones que la salida puede combinar.</translation>
    </message>
    <message>
      <source>Layer {k}'s best unit follows the label more closely (|r| = {b}) than layer 1's (|r| = {a}).</source>
      <translation>La mejor unidad de la capa {k} sigue a la etiqueta más de cerca (|r| = {b}) que la de la capa 1 (|r| = {a}).</translation>
    </message>
    <message>
      <source>unit {unit} (r = {r} with {name}) weighs {inputs} most</source>
      <translation>la unidad {unit} (r = {r} con {name}) pondera más {inputs}</translation>
    </message>
    <message>
      <source>The layers have not learned yet (no epoch has finished): for now a straight line through the raw measurements gets {raw}% of the validation rows right.</source>
      <translation>Las capas aún no han aprendido (no ha terminado ninguna época): por ahora, una línea recta a través de las medidas en bruto acierta el {raw}% de las filas de validación.</translation>
    </message>
    <message>
      <source>A linear fit explains more of the target through the hidden layer's patterns than through the raw measurements.</source>
      <translation>Un ajuste lineal explica más del objetivo a través de los patrones de la capa oculta que a través de las medidas en bruto.</translation>
    </message>
    <message>
      <source>a linear fit explains the target no better through layer 1's patterns than through the raw measurements ({now}% against {before}%)</source>
      <translation>un ajuste lineal no explica el objetivo mejor a través de los patrones de la capa 1 que a través de las medidas en bruto ({now}% frente a {before}%)</translation>
    </message>
    <message>
      <source>After epoch {epoch} the training loss is {loss}; {r2}.</source>
      <translation>Tras la época {epoch}, la pérdida de entrenamiento es {loss}; {r2}.</translation>
    </message>
    <message>
      <source>layer {k} unit {i}</source>
      <translation>capa {k} unidad {i}</translation>
    </message>
    <message>
      <source>Combines simple patterns into complex ones, e.g., interactions indicating fitness levels</source>
      <translation>Combina patrones sencillos en otros complejos, p. ej., interacciones que indican el nivel de forma física</translation>
    </message>
    <message>
      <source>First neural network layer extracts simple patterns</source>
      <translation>La primera capa de la red neuronal extrae patrones sencillos</translation>
    </message>
    <message>
      <source>Second layer combines simple patterns into complex ones</source>
      <translation>La segunda capa combina patrones sencillos en otros complejos</translation>
    </message>
    <message>
      <source>Extracts simple patterns, e.g., correlations between features like {a} and {b}</source>
      <translation>Extrae patrones sencillos, p. ej., correlaciones entre variables como {a} y {b}</translation>
    </message>
    <message>
      <source>Combines simple patterns into complex ones, e.g., interactions of features</source>
      <translation>Combina patrones sencillos en otros complejos, p. ej., interacciones entre variables</translation>
    </message>
    <message>
      <source>{rows} rows × {cols} features</source>
      <translation>{rows} filas × {cols} variables</translation>
    </message>
    <message>
      <source>Layer {k} combines the patterns of layer {j} further</source>
      <translation>La capa {k} sigue combinando los patrones de la capa {j}</translation>
    </message>
    <message>
      <source>unit {unit} weighs {inputs} most</source>
      <translation>la unidad {unit} pondera más {inputs}</translation>
    </message>
    <message>
      <source>{rows} rows × {cols} outputs</source>
      <translation>{rows} filas × {cols} salidas</translation>
    </message>
    <message>
      <source>{rows} rows × 1 feature</source>
      <translation>{rows} filas × 1 variable</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer {k}, {activation})</source>
      <translation>Extracción de características (capa {k}, {activation})</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer {k})</source>
      <translation>Extracción de características (capa {k})</translation>
    </message>
    <message>
      <source>Final layer predicts the class or value</source>
      <translation>La capa final predice la clase o el valor</translation>
    </message>
    <message>
      <source>Predicts {target}</source>
      <translation>Predice {target}</translation>
    </message>
    <message>
      <source>Builds still more complex combinations</source>
      <translation>Construye combinaciones aún más complejas</translation>
    </message>
    <message>
      <source>{a} and {b}</source>
      <translation>{a} y {b}</translation>
    </message>
    <message>
      <source>{rows} rows × {cols} output</source>
      <translation>{rows} filas × {cols} salida</translation>
    </message>
    <message>
      <source>Softmax over {k} classes: one probability per class</source>
      <translation>Softmax sobre {k} clases: una probabilidad por clase</translation>
    </message>
    <message>
      <source>The {k} probabilities add up to 1; the largest names the class ({names})</source>
      <translation>Las {k} probabilidades suman 1; la mayor indica la clase ({names})</translation>
    </message>
    <message>
      <source>One linear unit predicts a number</source>
      <translation>Una unidad lineal predice un número</translation>
    </message>
    <message>
      <source>Predicts {target} (trained in standard deviations, shown in its own units)</source>
      <translation>Predice {target} (se entrena en desviaciones típicas y se muestra en sus propias unidades)</translation>
    </message>
    <message>
      <source>Data Input</source>
      <translation>Entrada de datos</translation>
    </message>
    <message>
      <source>Raw data collected with {d} features per example</source>
      <translation>Datos en bruto recogidos con {d} variables por ejemplo</translation>
    </message>
    <message>
      <source>Each row: measurements like {first}, etc.</source>
      <translation>Cada fila: medidas como {first}, etc.</translation>
    </message>
    <message>
      <source>Normalization</source>
      <translation>Normalización</translation>
    </message>
    <message>
      <source>Scale features to range 0-1 for better learning</source>
      <translation>Escalar las variables al rango 0–1 para aprender mejor</translation>
    </message>
    <message>
      <source>x' = (x − min) / (max − min), min and max from the training rows</source>
      <translation>x' = (x − min) / (max − min), min y max de las filas de entrenamiento</translation>
    </message>
    <message>
      <source>{right} of {n} validation rows are predicted right ({share}).</source>
      <translation>{right} de {n} filas de validación se predicen correctamente ({share}).</translation>
    </message>
    <message>
      <source>On average a prediction is {mae} away from the target (mean absolute error, in the units of {target}).</source>
      <translation>De media, una predicción se aleja {mae} del objetivo (error absoluto medio, en las unidades de {target}).</translation>
    </message>
    <message>
      <source>The most common mistake: {true} taken for {predicted} ({count} rows).</source>
      <translation>El error más común: {true} tomado por {predicted} ({count} filas).</translation>
    </message>
    <message>
      <source>Every validation target is the same, so R² is not defined here.</source>
      <translation>Todos los objetivos de validación son iguales, así que el R² no está definido aquí.</translation>
    </message>
    <message>
      <source>Not one validation row is mistaken.</source>
      <translation>Ninguna fila de validación está mal predicha.</translation>
    </message>
    <message>
      <source>R² = {r2}: below 0, so the predictions are worse than always guessing the validation rows' mean.</source>
      <translation>R² = {r2}: por debajo de 0, así que las predicciones son peores que adivinar siempre la media de las filas de validación.</translation>
    </message>
    <message>
      <source>R² = {r2}: the predictions account for {share} of the variation of {target} around its mean on the validation rows (1 would be perfect).</source>
      <translation>R² = {r2}: las predicciones explican el {share} de la variación de {target} en torno a su media en las filas de validación (1 sería perfecto).</translation>
    </message>
    <message>
      <source>{size} points below</source>
      <translation>{size} puntos por debajo de</translation>
    </message>
    <message>
      <source>level with</source>
      <translation>a la par de</translation>
    </message>
    <message>
      <source>{size} points above</source>
      <translation>{size} puntos por encima de</translation>
    </message>
    <message>
      <source>1 point above</source>
      <translation>1 punto por encima de</translation>
    </message>
    <message>
      <source>1 point below</source>
      <translation>1 punto por debajo de</translation>
    </message>
    <message>
      <source>validation R² is {r}</source>
      <translation>el R² de validación es {r}</translation>
    </message>
    <message>
      <source>{value} is {gap} {reference}</source>
      <translation>{value} está {gap} {reference}</translation>
    </message>
    <message>
      <source>No: {where}. {rule}</source>
      <translation>No: {where}. {rule}</translation>
    </message>
    <message>
      <source>In your run the training loss fell from {a} after epoch {first} to {b} after epoch {last}. Why?</source>
      <translation>En tu ejecución, la pérdida de entrenamiento bajó de {a} tras la época {first} a {b} tras la época {last}. ¿Por qué?</translation>
    </message>
    <message>
      <source>Your network reached {v} validation accuracy. Always giving the more common answer, without looking at the inputs, would score {c}. Which describes your network?</source>
      <translation>Tu red alcanzó una exactitud de validación del {v}. Dar siempre la respuesta más común, sin mirar las entradas, obtendría un {c}. ¿Qué describe a tu red?</translation>
    </message>
    <message>
      <source>Your network's validation R² is {r}. R² is 1 for perfect predictions and 0 for always predicting the mean of the training targets. Which describes your network?</source>
      <translation>El R² de validación de tu red es {r}. El R² es 1 con predicciones perfectas y 0 si se predice siempre la media de los objetivos de entrenamiento. ¿Qué describe a tu red?</translation>
    </message>
    <message>
      <source>Your network reached {v} validation accuracy. In Compare depths, a network with no hidden layer (one weighted sum: a straight-line boundary) scored {b} on average on the same data. Which explains the difference?</source>
      <translation>Tu red alcanzó una exactitud de validación del {v}. En «Comparar profundidades», una red sin capa oculta (una suma ponderada: una frontera recta) obtuvo de media un {b} con los mismos datos. ¿Qué explica la diferencia?</translation>
    </message>
    <message>
      <source>From epoch {start} to {end} of your run the training loss fell from {a} to {b}, but the validation loss rose from {c} (its lowest) to {d}. What is happening?</source>
      <translation>De la época {start} a la {end} de tu ejecución, la pérdida de entrenamiento bajó de {a} a {b}, pero la pérdida de validación subió de {c} (su mínimo) a {d}. ¿Qué está pasando?</translation>
    </message>
    <message>
      <source>After epoch {before} of your run the training loss was at its lowest so far, {a}; after epoch {epoch} it was up at {b}, and it had stayed well above its best for more than one epoch. What is the most likely cause?</source>
      <translation>Tras la época {before} de tu ejecución, la pérdida de entrenamiento estaba en su mínimo hasta entonces, {a}; tras la época {epoch} había subido a {b} y llevaba más de una época muy por encima de su mejor valor. ¿Cuál es la causa más probable?</translation>
    </message>
    <message>
      <source>After epoch {before} of your run the training loss was {a}; after epoch {epoch} it had gone up to {b}. Why can the loss go up for an epoch?</source>
      <translation>Tras la época {before} de tu ejecución, la pérdida de entrenamiento era {a}; tras la época {epoch} había subido a {b}. ¿Por qué puede subir la pérdida durante una época?</translation>
    </message>
    <message>
      <source>From epoch {start} to {end} your training loss hardly moved (it stayed at {lo}), and validation accuracy was only {v}. What could help?</source>
      <translation>De la época {start} a la {end}, tu pérdida de entrenamiento apenas se movió (se mantuvo en {lo}) y la exactitud de validación fue solo del {v}. ¿Qué podría ayudar?</translation>
    </message>
    <message>
      <source>From epoch {start} to {end} your training loss hardly moved (it stayed between {lo} and {hi}), and validation accuracy was only {v}. What could help?</source>
      <translation>De la época {start} a la {end}, tu pérdida de entrenamiento apenas se movió (se mantuvo entre {lo} y {hi}) y la exactitud de validación fue solo del {v}. ¿Qué podría ayudar?</translation>
    </message>
    <message>
      <source>Yes: {where}. {rule}</source>
      <translation>Sí: {where}. {rule}</translation>
    </message>
    <message>
      <source>The steps are too large: they overshoot the low point of the loss</source>
      <translation>Los pasos son demasiado grandes: se pasan del punto más bajo de la pérdida</translation>
    </message>
    <message>
      <source>The optimizer steps downhill on the loss, but steps that are too long jump across the valley and land higher, again and again. A smaller learning rate takes shorter steps.</source>
      <translation>El optimizador baja por la pendiente de la pérdida, pero los pasos demasiado largos saltan al otro lado del valle y caen más alto, una y otra vez. Una tasa de aprendizaje menor da pasos más cortos.</translation>
    </message>
    <message>
      <source>Each step follows the slope of one mini-batch, and a step can overshoot the low point of the loss for all the rows</source>
      <translation>Cada paso sigue la pendiente de un solo minilote, y un paso puede pasarse del punto más bajo de la pérdida para todas las filas</translation>
    </message>
    <message>
      <source>A mini-batch is a small sample, so a step that suits it can land higher for the whole training set, more so when the steps are large. One bump is normal; if the loss stays up, try a lower learning rate.</source>
      <translation>Un minilote es una muestra pequeña, así que un paso que le va bien puede caer más alto para todo el conjunto de entrenamiento, sobre todo si los pasos son grandes. Una subida aislada es normal; si la pérdida sigue alta, prueba una tasa de aprendizaje menor.</translation>
    </message>
    <message>
      <source>The network adjusted its weights, batch after batch, to fit the patterns in the training data better</source>
      <translation>La red ajustó sus pesos, lote tras lote, para reproducir mejor los patrones de los datos de entrenamiento</translation>
    </message>
    <message>
      <source>After every mini-batch, backpropagation works out how each weight affects the loss and the optimizer nudges every weight to lower it. {a} → {b} is the sum of many such small steps.</source>
      <translation>Tras cada minilote, la retropropagación calcula cómo afecta cada peso a la pérdida y el optimizador mueve un poco cada peso para reducirla. {a} → {b} es la suma de muchos pasos pequeños como ese.</translation>
    </message>
    <message>
      <source>More training rows were added in every epoch</source>
      <translation>En cada época se añadieron más filas de entrenamiento</translation>
    </message>
    <message>
      <source>Every epoch uses the same training rows, only in a new order. The data stayed the same; the weights changed.</source>
      <translation>Cada época usa las mismas filas de entrenamiento, solo en otro orden. Los datos no cambiaron; cambiaron los pesos.</translation>
    </message>
    <message>
      <source>Some input features were switched off as training went on</source>
      <translation>Algunas variables de entrada se desactivaron a lo largo del entrenamiento</translation>
    </message>
    <message>
      <source>All the features are used in every epoch. What changes are the weights that multiply them.</source>
      <translation>Todas las variables se usan en cada época. Lo que cambia son los pesos que las multiplican.</translation>
    </message>
    <message>
      <source>The loss always falls over time on its own</source>
      <translation>La pérdida siempre baja con el tiempo por sí sola</translation>
    </message>
    <message>
      <source>It falls only because the weights are updated to lower it. With a learning rate that is too large it can even rise.</source>
      <translation>Solo baja porque los pesos se actualizan para reducirla. Con una tasa de aprendizaje demasiado grande puede incluso subir.</translation>
    </message>
    <message>
      <source>It has learned a real pattern, well beyond guessing (more than {far} points above)</source>
      <translation>Ha aprendido un patrón real, muy por encima de adivinar (más de {far} puntos por encima)</translation>
    </message>
    <message>
      <source>It has found some pattern, but is only a little better than guessing ({near} to {far} points above)</source>
      <translation>Ha encontrado algún patrón, pero solo es un poco mejor que adivinar (de {near} a {far} puntos por encima)</translation>
    </message>
    <message>
      <source>It does about as well as guessing (within {near} points either way), so its accuracy shows no clear pattern yet</source>
      <translation>Lo hace más o menos igual que adivinar (a {near} puntos o menos en cualquier sentido), así que su exactitud aún no muestra un patrón claro</translation>
    </message>
    <message>
      <source>It does worse than guessing (more than {near} points below): what it learned does not hold for new examples</source>
      <translation>Lo hace peor que adivinar (más de {near} puntos por debajo): lo que aprendió no vale para ejemplos nuevos</translation>
    </message>
    <message>
      <source>It explains most of the variation of the target (R² of {strong} or more)</source>
      <translation>Explica la mayor parte de la variación del objetivo (R² de {strong} o más)</translation>
    </message>
    <message>
      <source>It has found some pattern, but much of the variation is left (R² from {some} to below {strong})</source>
      <translation>Ha encontrado algún patrón, pero queda mucha variación (R² de {some} a menos de {strong})</translation>
    </message>
    <message>
      <source>It is only a little better than predicting the mean (R² above 0 but below {some})</source>
      <translation>Solo es un poco mejor que predecir la media (R² por encima de 0 pero por debajo de {some})</translation>
    </message>
    <message>
      <source>It does no better than always predicting the mean (R² of 0 or less)</source>
      <translation>No lo hace mejor que predecir siempre la media (R² de 0 o menos)</translation>
    </message>
    <message>
      <source>Its hidden layers built combinations of the features that a straight-line boundary cannot express (more than {m} points ahead)</source>
      <translation>Sus capas ocultas construyeron combinaciones de las variables que una frontera recta no puede expresar (más de {m} puntos por delante)</translation>
    </message>
    <message>
      <source>Its hidden layers have not paid off yet (within {m} points): the pattern may be nearly a straight line, or it needs more training</source>
      <translation>Sus capas ocultas aún no han dado fruto (a {m} puntos o menos): puede que el patrón sea casi una línea recta, o que necesite más entrenamiento</translation>
    </message>
    <message>
      <source>It does worse than a straight line (more than {m} points behind): its training has not got far enough, or went wrong</source>
      <translation>Lo hace peor que una línea recta (más de {m} puntos por detrás): su entrenamiento no ha llegado lo bastante lejos o salió mal</translation>
    </message>
    <message>
      <source>The network with no hidden layer was given fewer training rows</source>
      <translation>La red sin capa oculta recibió menos filas de entrenamiento</translation>
    </message>
    <message>
      <source>Both learn from the same number of training rows and are tested on validation rows they never train on, so the comparison is fair.</source>
      <translation>Las dos aprenden del mismo número de filas de entrenamiento y se evalúan con filas de validación con las que nunca entrenan, así que la comparación es justa.</translation>
    </message>
    <message>
      <source>The network is memorising details and noise of the training rows that do not hold for new examples</source>
      <translation>La red está memorizando detalles y ruido de las filas de entrenamiento que no valen para ejemplos nuevos</translation>
    </message>
    <message>
      <source>This is overfitting: it fits the training rows ever more closely while getting worse on rows it has not seen. Stopping earlier, a smaller network, more data or L2 help.</source>
      <translation>Esto es sobreajuste: se ajusta cada vez más a las filas de entrenamiento mientras empeora en las filas que no ha visto. Parar antes, una red más pequeña, más datos o L2 ayudan.</translation>
    </message>
    <message>
      <source>The validation rows were swapped for harder ones</source>
      <translation>Las filas de validación se cambiaron por otras más difíciles</translation>
    </message>
    <message>
      <source>The validation rows are chosen once, before training, and never change.</source>
      <translation>Las filas de validación se eligen una vez, antes del entrenamiento, y nunca cambian.</translation>
    </message>
    <message>
      <source>The network has stopped learning from the training rows</source>
      <translation>La red ha dejado de aprender de las filas de entrenamiento</translation>
    </message>
    <message>
      <source>The training loss fell from {a} to {b}: it is still learning the training rows, all too well.</source>
      <translation>La pérdida de entrenamiento bajó de {a} a {b}: sigue aprendiendo las filas de entrenamiento, y demasiado bien.</translation>
    </message>
    <message>
      <source>The learning rate has dropped to zero</source>
      <translation>La tasa de aprendizaje ha caído a cero</translation>
    </message>
    <message>
      <source>The training loss is still changing, so the weights are still being updated.</source>
      <translation>La pérdida de entrenamiento sigue cambiando, así que los pesos se siguen actualizando.</translation>
    </message>
    <message>
      <source>The training data changed</source>
      <translation>Los datos de entrenamiento cambiaron</translation>
    </message>
    <message>
      <source>Every epoch uses the same training rows, only in a shuffled order.</source>
      <translation>Cada época usa las mismas filas de entrenamiento, solo que mezcladas.</translation>
    </message>
    <message>
      <source>A rising loss means training has finished</source>
      <translation>Una pérdida que sube significa que el entrenamiento ha terminado</translation>
    </message>
    <message>
      <source>Training stops after the number of epochs you chose. A rising loss means the latest steps made the predictions worse.</source>
      <translation>El entrenamiento se detiene tras el número de épocas que elegiste. Una pérdida que sube significa que los últimos pasos empeoraron las predicciones.</translation>
    </message>
    <message>
      <source>The network deleted some of its weights</source>
      <translation>La red borró algunos de sus pesos</translation>
    </message>
    <message>
      <source>The network keeps all its weights; their values changed in a way that raised the loss.</source>
      <translation>La red conserva todos sus pesos; sus valores cambiaron de un modo que hizo subir la pérdida.</translation>
    </message>
    <message>
      <source>Change the set-up: another learning rate, or more hidden units or layers so the network can express a more complex pattern</source>
      <translation>Cambiar la configuración: otra tasa de aprendizaje, o más unidades o capas ocultas para que la red pueda expresar un patrón más complejo</translation>
    </message>
    <message>
      <source>A plateau means this network with these settings has stopped finding improvements. Steps that are too small, or a network too simple for the pattern, are the usual causes.</source>
      <translation>Una meseta significa que esta red, con estos ajustes, ha dejado de encontrar mejoras. Pasos demasiado pequeños, o una red demasiado simple para el patrón, son las causas habituales.</translation>
    </message>
    <message>
      <source>Nothing: a flat loss means the data has been learned perfectly</source>
      <translation>Nada: una pérdida plana significa que los datos se han aprendido a la perfección</translation>
    </message>
    <message>
      <source>Validation accuracy is only {v}: the network is stuck, not finished.</source>
      <translation>La exactitud de validación es solo del {v}: la red está atascada, no ha terminado.</translation>
    </message>
    <message>
      <source>Just wait: new training rows arrive every epoch</source>
      <translation>Solo esperar: en cada época llegan filas de entrenamiento nuevas</translation>
    </message>
    <message>
      <source>The training rows are the same in every epoch, only shuffled. Nothing new arrives.</source>
      <translation>Las filas de entrenamiento son las mismas en cada época, solo mezcladas. No llega nada nuevo.</translation>
    </message>
    <message>
      <source>Scale the features to the range 0–1</source>
      <translation>Escalar las variables al rango 0–1</translation>
    </message>
    <message>
      <source>LayerLab already scales every feature to 0–1 before training, so that is not what is missing.</source>
      <translation>LayerLab ya escala cada variable a 0–1 antes de entrenar, así que no es eso lo que falta.</translation>
    </message>
    <message>
      <source>Well beyond guessing means more than {far} points above: a pattern that holds for examples it has never seen.</source>
      <translation>Muy por encima de adivinar significa más de {far} puntos por encima: un patrón que vale para ejemplos que nunca ha visto.</translation>
    </message>
    <message>
      <source>A little better than guessing means more than {near} and at most {far} points above: a start, not yet a strong pattern.</source>
      <translation>Un poco mejor que adivinar significa más de {near} y como mucho {far} puntos por encima: un comienzo, aún no un patrón fuerte.</translation>
    </message>
    <message>
      <source>Within {near} points either way is about what always giving the more common answer scores.</source>
      <translation>A {near} puntos o menos en cualquier sentido es más o menos lo que se obtiene dando siempre la respuesta más común.</translation>
    </message>
    <message>
      <source>More than {near} points below means it does worse than not looking at the inputs at all.</source>
      <translation>Más de {near} puntos por debajo significa que lo hace peor que no mirar las entradas en absoluto.</translation>
    </message>
    <message>
      <source>From {strong}, the errors are small next to how much the target varies.</source>
      <translation>A partir de {strong}, los errores son pequeños comparados con lo que varía el objetivo.</translation>
    </message>
    <message>
      <source>From {some} to below {strong}: better than the mean, not yet close.</source>
      <translation>De {some} a menos de {strong}: mejor que la media, pero aún lejos.</translation>
    </message>
    <message>
      <source>Above 0 but below {some}: it explains only a small part of the variation.</source>
      <translation>Por encima de 0 pero por debajo de {some}: solo explica una pequeña parte de la variación.</translation>
    </message>
    <message>
      <source>At 0 or below, always answering the training mean would do as well or better.</source>
      <translation>Con 0 o menos, responder siempre la media de entrenamiento lo haría igual de bien o mejor.</translation>
    </message>
    <message>
      <source>More than {m} points ahead is a gain no straight line reached: the hidden layers combined the features.</source>
      <translation>Más de {m} puntos por delante es una ganancia que ninguna línea recta alcanzó: las capas ocultas combinaron las variables.</translation>
    </message>
    <message>
      <source>Within {m} points either way is no real gain over a straight line.</source>
      <translation>A {m} puntos o menos en cualquier sentido no es una ganancia real frente a una línea recta.</translation>
    </message>
    <message>
      <source>A network with hidden layers can do all a straight line does, so more than {m} points behind means its training fell short.</source>
      <translation>Una red con capas ocultas puede hacer todo lo que hace una línea recta, así que más de {m} puntos por detrás significa que su entrenamiento se quedó corto.</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objeto</translation>
    </message>
    <message>
      <source>text in quotes</source>
      <translation>texto entre comillas</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un número entero</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true o false</translation>
    </message>
    <message>
      <source>a list [...]</source>
      <translation>una lista [...]</translation>
    </message>
    <message>
      <source>an object {{...}}</source>
      <translation>un objeto {{...}}</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <source>must be {what}, not {value}.</source>
      <translation>debe ser {what}, no {value}.</translation>
    </message>
    <message>
      <source>must be {what} from {low} to {high}, not {value}.</source>
      <translation>debe ser {what} de {low} a {high}, no {value}.</translation>
    </message>
    <message>
      <source>must be {what} from {low}, not {value}.</source>
      <translation>debe ser {what} desde {low}, no {value}.</translation>
    </message>
    <message>
      <source>must be {what} up to {high}, not {value}.</source>
      <translation>debe ser {what} hasta {high}, no {value}.</translation>
    </message>
    <message>
      <source>is not a known key{hint}. Use one of: {names}.</source>
      <translation>no es una clave conocida{hint}. Usa una de: {names}.</translation>
    </message>
    <message>
      <source>is not a known setting{hint}. Use one of: {names}.</source>
      <translation>no es un ajuste conocido{hint}. Usa uno de: {names}.</translation>
    </message>
    <message>
      <source>is missing.</source>
      <translation>falta.</translation>
    </message>
    <message>
      <source>(did you mean "{name}"?)</source>
      <translation>(¿quisiste decir "{name}"?)</translation>
    </message>
    <message>
      <source>must be one of {names}, not {value}{hint}.</source>
      <translation>debe ser uno de {names}, no {value}{hint}.</translation>
    </message>
    <message>
      <source>is not a known {noun}{hint}. Use one of: {names}.</source>
      <translation>no se conoce ({noun}){hint}. Usa uno de: {names}.</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy just above random</source>
      <translation>El modelo empieza a aprender, exactitud apenas por encima del azar</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy not yet above random</source>
      <translation>El modelo empieza a aprender, exactitud aún no por encima del azar</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy already clearly above random</source>
      <translation>El modelo empieza a aprender, exactitud ya claramente por encima del azar</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy not above random</source>
      <translation>El modelo ha aprendido poco hasta ahora, exactitud no por encima del azar</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy just above random</source>
      <translation>El modelo ha aprendido poco hasta ahora, exactitud apenas por encima del azar</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy improves</source>
      <translation>El modelo aprende patrones básicos, la exactitud mejora</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy did not improve this epoch</source>
      <translation>El modelo aprende patrones básicos, la exactitud no mejoró en esta época</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy high</source>
      <translation>El modelo capta patrones complejos, exactitud alta</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy not high this epoch</source>
      <translation>El modelo capta patrones complejos, exactitud no alta en esta época</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy stabilizes</source>
      <translation>El modelo afina detalles, la exactitud se estabiliza</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy still moving</source>
      <translation>El modelo afina detalles, la exactitud aún se mueve</translation>
    </message>
    <message>
      <source>Model converges, loss low and accuracy high</source>
      <translation>El modelo converge, pérdida baja y exactitud alta</translation>
    </message>
    <message>
      <source>Model has settled, but the loss rose this epoch</source>
      <translation>El modelo se ha asentado, pero la pérdida subió en esta época</translation>
    </message>
    <message>
      <source>Model has settled, but the loss is still above its best</source>
      <translation>El modelo se ha asentado, pero la pérdida sigue por encima de su mejor valor</translation>
    </message>
    <message>
      <source>Model has settled, but accuracy is not high this epoch</source>
      <translation>El modelo se ha asentado, pero la exactitud no es alta en esta época</translation>
    </message>
    <message>
      <source>Model has settled, accuracy high but loss not yet low</source>
      <translation>El modelo se ha asentado, exactitud alta pero la pérdida aún no es baja</translation>
    </message>
    <message>
      <source>Training stopped; the numbers are those of the rolled-back weights</source>
      <translation>Entrenamiento detenido; los valores son los de los pesos restaurados</translation>
    </message>
    <message>
      <source>Loss bump: the loss rose more than 5% this epoch</source>
      <translation>Subida de la pérdida: la pérdida subió más de un 5 % en esta época</translation>
    </message>
    <message>
      <source>Loss more than 5% above its best for 2+ epochs: try a lower learning rate</source>
      <translation>Pérdida más de un 5 % por encima de su mejor valor durante 2+ épocas: prueba una tasa de aprendizaje menor</translation>
    </message>
    <message>
      <source>Overfitting: validation loss 5%+ above its best for 3+ epochs</source>
      <translation>Sobreajuste: pérdida de validación un 5 %+ por encima de su mejor valor durante 3+ épocas</translation>
    </message>
    <message>
      <source>Plateau: the loss moved less than 1% in 3 epochs, accuracy not high</source>
      <translation>Meseta: la pérdida se movió menos de un 1 % en 3 épocas, exactitud no alta</translation>
    </message>
    <message>
      <source>Training diverged: the loss blew up instead of falling</source>
      <translation>El entrenamiento divergió: la pérdida se disparó en lugar de bajar</translation>
    </message>
    <message>
      <source>Model starts learning, R² just above 0</source>
      <translation>El modelo empieza a aprender, R² apenas por encima de 0</translation>
    </message>
    <message>
      <source>Model starts learning, R² not yet above 0</source>
      <translation>El modelo empieza a aprender, R² aún no por encima de 0</translation>
    </message>
    <message>
      <source>Model starts learning, R² already clearly above 0</source>
      <translation>El modelo empieza a aprender, R² ya claramente por encima de 0</translation>
    </message>
    <message>
      <source>Model has learned little so far, R² not above 0</source>
      <translation>El modelo ha aprendido poco hasta ahora, R² no por encima de 0</translation>
    </message>
    <message>
      <source>Model has learned little so far, R² just above 0</source>
      <translation>El modelo ha aprendido poco hasta ahora, R² apenas por encima de 0</translation>
    </message>
    <message>
      <source>Model learns basic patterns, R² improves</source>
      <translation>El modelo aprende patrones básicos, el R² mejora</translation>
    </message>
    <message>
      <source>Model learns basic patterns, R² did not improve this epoch</source>
      <translation>El modelo aprende patrones básicos, el R² no mejoró en esta época</translation>
    </message>
    <message>
      <source>Model captures complex patterns, R² high</source>
      <translation>El modelo capta patrones complejos, R² alto</translation>
    </message>
    <message>
      <source>Model captures complex patterns, R² not high this epoch</source>
      <translation>El modelo capta patrones complejos, R² no alto en esta época</translation>
    </message>
    <message>
      <source>Model fine-tunes details, R² stabilizes</source>
      <translation>El modelo afina detalles, el R² se estabiliza</translation>
    </message>
    <message>
      <source>Model fine-tunes details, R² still moving</source>
      <translation>El modelo afina detalles, el R² aún se mueve</translation>
    </message>
    <message>
      <source>Model converges, loss low and R² high</source>
      <translation>El modelo converge, pérdida baja y R² alto</translation>
    </message>
    <message>
      <source>Model has settled, but R² is not high this epoch</source>
      <translation>El modelo se ha asentado, pero el R² no es alto en esta época</translation>
    </message>
    <message>
      <source>Model has settled, R² high but loss not yet low</source>
      <translation>El modelo se ha asentado, R² alto pero la pérdida aún no es baja</translation>
    </message>
    <message>
      <source>Plateau: the loss moved less than 1% in 3 epochs, R² not high</source>
      <translation>Meseta: la pérdida se movió menos de un 1 % en 3 épocas, R² no alto</translation>
    </message>
    <message>
      <source>The training loss is more than 5% higher than in the epoch before. One bump is normal with mini-batches; it matters only if it lasts.</source>
      <translation>La pérdida de entrenamiento es más de un 5 % mayor que en la época anterior. Una subida aislada es normal con minilotes; solo importa si se mantiene.</translation>
    </message>
    <message>
      <source>The training loss has been more than 5% above its best earlier value for at least 2 epochs in a row: the steps overshoot. Try a lower learning rate.</source>
      <translation>La pérdida de entrenamiento lleva al menos 2 épocas seguidas más de un 5 % por encima de su mejor valor anterior: los pasos se pasan de largo. Prueba una tasa de aprendizaje menor.</translation>
    </message>
    <message>
      <source>The validation loss has been at least 5% above its best for at least 3 epochs in a row, while the training loss is lower than when validation was at its best: the network is learning its training rows by heart.</source>
      <translation>La pérdida de validación lleva al menos 3 épocas seguidas al menos un 5 % por encima de su mejor valor, mientras que la pérdida de entrenamiento es menor que cuando la validación estaba en su mejor momento: la red se está aprendiendo de memoria sus filas de entrenamiento.</translation>
    </message>
    <message>
      <source>The training loss moved by less than 1% over the last 3 epochs while validation accuracy is not yet high: learning is stuck (a bigger network or other settings may help).</source>
      <translation>La pérdida de entrenamiento se movió menos de un 1 % en las últimas 3 épocas mientras la exactitud de validación aún no es alta: el aprendizaje está atascado (una red más grande u otros ajustes pueden ayudar).</translation>
    </message>
    <message>
      <source>The loss became infinite, not a number, or exploded. Training stopped and the weights were rolled back to the last good epoch; this row shows their numbers. Try a learning rate at least 10 times smaller.</source>
      <translation>La pérdida se hizo infinita, dejó de ser un número o se disparó. El entrenamiento se detuvo y los pesos se restauraron a la última época buena; esta fila muestra sus valores. Prueba una tasa de aprendizaje al menos 10 veces menor.</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>terminada</translation>
    </message>
    <message>
      <source>diverged</source>
      <translation>divergente</translation>
    </message>
    <message>
      <source>▲ loss bump</source>
      <translation>▲ subida de la pérdida</translation>
    </message>
    <message>
      <source>⚠ learning rate too high</source>
      <translation>⚠ tasa de aprendizaje demasiado alta</translation>
    </message>
    <message>
      <source>⚠ overfitting</source>
      <translation>⚠ sobreajuste</translation>
    </message>
    <message>
      <source>▬ plateau</source>
      <translation>▬ meseta</translation>
    </message>
    <message>
      <source>✖ diverged</source>
      <translation>✖ divergió</translation>
    </message>
    <message>
      <source>Phase: {phase} ({n} of {total}). Phases only move forward. Here “accuracy” is validation accuracy and “loss” is training loss.</source>
      <translation>Fase: {phase} ({n} de {total}). Las fases solo avanzan. Aquí «exactitud» es la exactitud de validación y «pérdida» es la pérdida de entrenamiento.</translation>
    </message>
    <message>
      <source>Phase: {phase} ({n} of {total}). Phases only move forward. Here “R²” is validation R² and “loss” is training loss.</source>
      <translation>Fase: {phase} ({n} de {total}). Las fases solo avanzan. Aquí «R²» es el R² de validación y «pérdida» es la pérdida de entrenamiento.</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <source>MAE ↓</source>
      <translation>MAE ↓</translation>
    </message>
    <message>
      <source>Lecture: one example, one stage every 2 seconds</source>
      <translation>Clase magistral: un ejemplo, una etapa cada 2 segundos</translation>
    </message>
    <message>
      <source>Slow motion: 1 batch per second</source>
      <translation>Cámara lenta: 1 lote por segundo</translation>
    </message>
    <message>
      <source>5 batches per second</source>
      <translation>5 lotes por segundo</translation>
    </message>
    <message>
      <source>1 epoch per second</source>
      <translation>1 época por segundo</translation>
    </message>
    <message>
      <source>2 epochs per second</source>
      <translation>2 épocas por segundo</translation>
    </message>
    <message>
      <source>Classroom pace: 5 epochs per second</source>
      <translation>Ritmo de clase: 5 épocas por segundo</translation>
    </message>
    <message>
      <source>10 epochs per second</source>
      <translation>10 épocas por segundo</translation>
    </message>
    <message>
      <source>As fast as possible</source>
      <translation>Lo más rápido posible</translation>
    </message>
    <message>
      <source>Finished the budget of {epochs} epochs.</source>
      <translation>Se completaron las {epochs} épocas previstas.</translation>
    </message>
    <message>
      <source>Finished the budget of {epochs} epochs; the validation loss was lowest at epoch {best_epoch} (weights from epoch {best_epoch} restored).</source>
      <translation>Se completaron las {epochs} épocas previstas; la pérdida de validación fue mínima en la época {best_epoch} (se restauraron los pesos de la época {best_epoch}).</translation>
    </message>
    <message>
      <source>Stopped early at epoch {epoch}: validation loss had not improved for {patience} epochs since its best at epoch {best_epoch}.</source>
      <translation>Parada temprana en la época {epoch}: la pérdida de validación no había mejorado en {patience} épocas desde su mejor valor en la época {best_epoch}.</translation>
    </message>
    <message>
      <source>Stopped early at epoch {epoch}: validation loss had not improved for {patience} epochs since its best at epoch {best_epoch} (weights from epoch {best_epoch} restored).</source>
      <translation>Parada temprana en la época {epoch}: la pérdida de validación no había mejorado en {patience} épocas desde su mejor valor en la época {best_epoch} (se restauraron los pesos de la época {best_epoch}).</translation>
    </message>
    <message>
      <source>Stopped at epoch {epoch}: the loss diverged; the weights were rolled back to the end of epoch {kept}.</source>
      <translation>Detenida en la época {epoch}: la pérdida divergió; los pesos se restauraron al final de la época {kept}.</translation>
    </message>
    <message>
      <source>Stopped at epoch {epoch}: the loss diverged; the weights were rolled back to their starting values.</source>
      <translation>Detenida en la época {epoch}: la pérdida divergió; los pesos se restauraron a sus valores iniciales.</translation>
    </message>
    <message>
      <source>Stopped by the user after {done} of {epochs} epochs.</source>
      <translation>Detenida por el usuario tras {done} de {epochs} épocas.</translation>
    </message>
    <message>
      <source>{seconds:.1f} s.</source>
      <translation>{seconds:.1f} s.</translation>
    </message>
    <message>
      <source>Full history (CSV)…</source>
      <translation>Historial completo (CSV)…</translation>
    </message>
    <message>
      <source>Every mini-batch loss (CSV)…</source>
      <translation>Pérdida de cada minilote (CSV)…</translation>
    </message>
    <message>
      <source>Trained weights (.npz)…</source>
      <translation>Pesos entrenados (.npz)…</translation>
    </message>
    <message>
      <source>NumPy arrays (*.npz)</source>
      <translation>Arrays de NumPy (*.npz)</translation>
    </message>
    <message>
      <source>Trained weights (JSON)…</source>
      <translation>Pesos entrenados (JSON)…</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Pipeline diagram (PNG)…</source>
      <translation>Diagrama de la cadena (PNG)…</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
      <source>Two classes (yes/no)</source>
      <translation>Dos clases (sí/no)</translation>
    </message>
    <message>
      <source>Several classes (3 to 20)</source>
      <translation>Varias clases (de 3 a 20)</translation>
    </message>
    <message>
      <source>A number</source>
      <translation>Un número</translation>
    </message>
    <message>
      <source>Decide from the column</source>
      <translation>Decidir según la columna</translation>
    </message>
    <message>
      <source>The column the network learns to predict; it needs two values.</source>
      <translation>La columna que la red aprende a predecir; necesita dos valores.</translation>
    </message>
    <message>
      <source>The column the network learns to predict; it needs 2 to 20 values (classes).</source>
      <translation>La columna que la red aprende a predecir; necesita de 2 a 20 valores (clases).</translation>
    </message>
    <message>
      <source>The column the network learns to predict; every value a number.</source>
      <translation>La columna que la red aprende a predecir; cada valor, un número.</translation>
    </message>
    <message>
      <source>The column the network learns to predict: up to 20 values are classes, more numbers are a number to predict.</source>
      <translation>La columna que la red aprende a predecir: hasta 20 valores son clases; más números son un número que predecir.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. It needs two values, each in at least 5% of the rows and 10 rows.</source>
      <translation>Elige la columna objetivo: la columna que la red aprende a predecir. Necesita dos valores, cada uno en al menos el 5 % de las filas y en 10 filas.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. It needs 2 to 20 classes, each in at least 1% of the rows and 5 rows.</source>
      <translation>Elige la columna objetivo: la columna que la red aprende a predecir. Necesita de 2 a 20 clases, cada una en al menos el 1 % de las filas y en 5 filas.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. Every value must be a number, with at least two different ones.</source>
      <translation>Elige la columna objetivo: la columna que la red aprende a predecir. Cada valor debe ser un número, con al menos dos distintos.</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict (two to 20 values: classes; more numbers: a number).</source>
      <translation>Elige la columna objetivo: la columna que la red aprende a predecir (de dos a 20 valores: clases; más números: un número).</translation>
    </message>
    <message>
      <source>LayerLab profile (*.toml)</source>
      <translation>Perfil de LayerLab (*.toml)</translation>
    </message>
    <message>
      <source>LayerLab session (*.layerlab)</source>
      <translation>Sesión de LayerLab (*.layerlab)</translation>
    </message>
    <message>
      <source>Start or pause training (Space)</source>
      <translation>Iniciar o pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
      <source>Train exactly one more epoch, then pause (Right arrow)</source>
      <translation>Entrenar exactamente una época más y pausar (flecha derecha)</translation>
    </message>
    <message>
      <source>Make one mini-batch update, then pause (Shift+Right)</source>
      <translation>Hacer una actualización de minilote y pausar (Mayús+Derecha)</translation>
    </message>
    <message>
      <source>Walk one example of the next mini-batch through the network, one stage per press; the last stage makes the batch's update (Ctrl+Right)</source>
      <translation>Pasar un ejemplo del siguiente minilote por la red, una etapa por pulsación; la última etapa hace la actualización del lote (Ctrl+Derecha)</translation>
    </message>
    <message>
      <source>Start again with fresh random weights from the same seed (Ctrl+R)</source>
      <translation>Empezar de nuevo con pesos aleatorios nuevos de la misma semilla (Ctrl+R)</translation>
    </message>
    <message>
      <source>Test your understanding with a few questions (Ctrl+T)</source>
      <translation>Pon a prueba lo que has entendido con unas preguntas (Ctrl+T)</translation>
    </message>
    <message>
      <source>Show or hide the network, data and speed settings</source>
      <translation>Mostrar u ocultar los ajustes de red, datos y velocidad</translation>
    </message>
    <message>
      <source>Which data to learn from; athletes is the lesson's data</source>
      <translation>De qué datos aprender; athletes son los datos de la lección</translation>
    </message>
    <message>
      <source>How many passes over the training rows</source>
      <translation>Cuántas pasadas sobre las filas de entrenamiento</translation>
    </message>
    <message>
      <source>Step size of each update; can change while training runs</source>
      <translation>Tamaño del paso de cada actualización; se puede cambiar durante el entrenamiento</translation>
    </message>
    <message>
      <source>Examples per mini-batch update</source>
      <translation>Ejemplos por actualización de minilote</translation>
    </message>
    <message>
      <source>adam adapts each weight's step; sgd uses one step with momentum</source>
      <translation>adam adapta el paso de cada peso; sgd usa un solo paso con momento</translation>
    </message>
    <message>
      <source>Hidden layer sizes, e.g. "64, 32"; leave empty for no hidden layer</source>
      <translation>Tamaños de las capas ocultas, p. ej. "64, 32"; déjalo vacío para no tener capa oculta</translation>
    </message>
    <message>
      <source>The function each hidden unit applies to its weighted sum</source>
      <translation>La función que cada unidad oculta aplica a su suma ponderada</translation>
    </message>
    <message>
      <source>One activation per hidden layer, first to last, e.g. "relu, tanh"</source>
      <translation>Una activación por capa oculta, de la primera a la última, p. ej. "relu, tanh"</translation>
    </message>
    <message>
      <source>Same seed, same data, same starting weights, same run</source>
      <translation>Misma semilla, mismos datos, mismos pesos iniciales, misma ejecución</translation>
    </message>
    <message>
      <source>Move every point by random jitter, as a share of the data's spread; the labels stay, so the classes blur into each other</source>
      <translation>Desplazar cada punto al azar, en una fracción de la dispersión de los datos; las etiquetas no cambian, así que las clases se mezclan entre sí</translation>
    </message>
    <message>
      <source>How the points are shared between training and validation</source>
      <translation>Cómo se reparten los puntos entre entrenamiento y validación</translation>
    </message>
    <message>
      <source>Draw new points from the same generator; the network starts from the same weights</source>
      <translation>Generar puntos nuevos con el mismo generador; la red empieza con los mismos pesos</translation>
    </message>
    <message>
      <source>Extra inputs computed from x₁ and x₂; each adds an input unit</source>
      <translation>Entradas adicionales calculadas a partir de x₁ y x₂; cada una añade una unidad de entrada</translation>
    </message>
    <message>
      <source>L1 penalty: rate × the sum of |w| over the weights; 0 for none</source>
      <translation>Penalización L1: tasa × la suma de |w| sobre los pesos; 0 para ninguna</translation>
    </message>
    <message>
      <source>L2 penalty: rate × the sum of w² over the weights; 0 for none</source>
      <translation>Penalización L2: tasa × la suma de w² sobre los pesos; 0 para ninguna</translation>
    </message>
    <message>
      <source>End the run when the validation loss has not improved for the patience's number of epochs</source>
      <translation>Terminar la ejecución cuando la pérdida de validación no haya mejorado durante tantas épocas como indica la paciencia</translation>
    </message>
    <message>
      <source>Epochs in a row without a lower validation loss before stopping</source>
      <translation>Épocas seguidas sin una pérdida de validación menor antes de parar</translation>
    </message>
    <message>
      <source>When the run ends, put back the weights of the epoch with the lowest validation loss</source>
      <translation>Al terminar la ejecución, volver a poner los pesos de la época con la menor pérdida de validación</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 1)</source>
      <translation>Extracción de características (capa 1)</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 2)</source>
      <translation>Extracción de características (capa 2)</translation>
    </message>
    <message>
      <source>Raw data collected with 20 features per example</source>
      <translation>Datos en bruto recogidos con 20 variables por ejemplo</translation>
    </message>
    <message>
      <source>Mean val. acc.</source>
      <translation>Exactitud val. media</translation>
    </message>
    <message>
      <source>Min–max</source>
      <translation>Mín.–máx.</translation>
    </message>
    <message>
      <source>Epochs to 90%</source>
      <translation>Épocas hasta el 90 %</translation>
    </message>
    <message>
      <source>Export curves…</source>
      <translation>Exportar curvas…</translation>
    </message>
    <message>
      <source>Export training trace (CSV)…</source>
      <translation>Exportar registro del entrenamiento (CSV)…</translation>
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
