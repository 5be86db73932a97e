<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Añadir a una persona del equipo</translation>
    </message>
    <message>
        <source>They sign in with this name and PIN, and can change the PIN themselves.</source>
        <translation>La persona entra con este nombre y este PIN, y puede cambiar el PIN por su cuenta.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Nombre que se muestra</translation>
    </message>
    <message>
        <source>First PIN</source>
        <translation>Primer PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN otra vez</translation>
    </message>
    <message>
        <source>Staff (works the queue and the stock)</source>
        <translation>Personal (atiende la cola y las existencias)</translation>
    </message>
    <message>
        <source>Coordinator (staff who also see and export the reports)</source>
        <translation>Coordinación (personal que además ve y exporta los informes)</translation>
    </message>
    <message>
        <source>Admin (can change stock settings and staff)</source>
        <translation>Admin (puede cambiar existencias, ajustes y equipo)</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>There is already a staff member with that name.</source>
        <translation>Ya hay alguien del equipo con ese nombre.</translation>
    </message>
</context>
<context>
    <name>AddSupplyDialog</name>
    <message>
        <source>Add a supply</source>
        <translation>Añadir un artículo</translation>
    </message>
    <message>
        <source>Give it a name in each language visitors can choose, and the category it shows under.</source>
        <translation>Póngale un nombre en cada idioma que se ofrece a quienes visitan, y la categoría en la que aparece.</translation>
    </message>
    <message>
        <source>Add supply</source>
        <translation>Añadir artículo</translation>
    </message>
    <message>
        <source>Name in reports and files</source>
        <translation>Nombre en los informes y archivos</translation>
    </message>
    <message>
        <source>Item or service</source>
        <translation>Artículo o servicio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Límite por visita</translation>
    </message>
    <message>
        <source>On the shelf now</source>
        <translation>En el estante ahora</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bajo a partir de</translation>
    </message>
    <message>
        <source>An English name is needed.</source>
        <translation>Hace falta un nombre en inglés.</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and dashes.</source>
        <translation>La clave solo lleva minúsculas, cifras y guiones.</translation>
    </message>
    <message>
        <source>There is already a supply with that key.</source>
        <translation>Ya hay un artículo con esa clave.</translation>
    </message>
    <message>
        <source>Give a name in every language: {languages}.</source>
        <translation>Ponga un nombre en cada idioma: {languages}.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust {name}</source>
        <translation>Corregir {name}</translation>
    </message>
    <message>
        <source>{n} on the shelf now. Enter the change: below zero takes away, above zero adds.</source>
        <translation>{n} en el estante ahora. Escriba el cambio: por debajo de cero se quita, por encima se añade.</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Corregir existencias</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Elija un motivo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Enter a change other than zero.</source>
        <translation>Escriba un cambio distinto de cero.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Elija un motivo.</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Post an alert</source>
        <translation>Publicar una alerta</translation>
    </message>
    <message>
        <source>Kiosks show it on their start screen while it is in force. Write short, plain sentences.</source>
        <translation>Los quioscos la muestran en la pantalla de inicio mientras está vigente. Escriba frases cortas y sencillas.</translation>
    </message>
    <message>
        <source>Post alert</source>
        <translation>Publicar alerta</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Title, for example: Strong opioids in the local supply</source>
        <translation>Título, por ejemplo: Opioides fuertes en la zona</translation>
    </message>
    <message>
        <source>What people should know and do</source>
        <translation>Lo que hay que saber y hacer</translation>
    </message>
    <message>
        <source>An alert needs a title in English at least.</source>
        <translation>Una alerta necesita al menos un título en inglés.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>El final debe ser después del inicio.</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Se muestra</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>when ended</source>
        <translation>cuando se termine</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>On the kiosks now</source>
        <translation>En los quioscos ahora</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Post an alert…</source>
        <translation>Publicar una alerta…</translation>
    </message>
    <message>
        <source>End this alert</source>
        <translation>Terminar esta alerta</translation>
    </message>
    <message>
        <source>The alert is posted: kiosks show it from its start time.</source>
        <translation>La alerta está publicada: los quioscos la muestran desde su hora de inicio.</translation>
    </message>
    <message>
        <source>The alert is ended: kiosks no longer show it.</source>
        <translation>La alerta terminó: los quioscos ya no la muestran.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <extracomment>How many days back the page starts.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Search the sentences</source>
        <translation>Buscar en las frases</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message numerus="yes">
        <source>Events shown: %n</source>
        <translation>
            <numerusform>Evento mostrado: %n</numerusform>
            <numerusform>Eventos mostrados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Choose another folder.</source>
        <translation>No se pudo escribir el archivo ({reason}). Elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Events saved to the file: %n</source>
        <translation>
            <numerusform>Evento guardado en el archivo: %n</numerusform>
            <numerusform>Eventos guardados en el archivo: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Local resources</source>
        <translation>Recursos locales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>{who} claimed request {what}</source>
        <extracomment>Action → its sentence; {who} is the person, {what} the request code, supply, name...</extracomment>
        <translation>{who} tomó la solicitud {what}</translation>
    </message>
    <message>
        <source>{who} put request {what} back in the queue</source>
        <translation>{who} devolvió la solicitud {what} a la cola</translation>
    </message>
    <message>
        <source>{who} marked request {what} ready</source>
        <translation>{who} marcó la solicitud {what} como lista</translation>
    </message>
    <message>
        <source>{who} marked request {what} as a no-show</source>
        <translation>{who} marcó la solicitud {what} como no presentada</translation>
    </message>
    <message>
        <source>{who} called request {what} to the window</source>
        <translation>{who} llamó la solicitud {what} a la ventanilla</translation>
    </message>
    <message>
        <source>{who} chose the language the back office speaks to them</source>
        <translation>{who} eligió el idioma de su área del equipo</translation>
    </message>
    <message>
        <source>{who} answered emergency {what}</source>
        <translation>{who} respondió a la emergencia {what}</translation>
    </message>
    <message>
        <source>{who} went to emergency {what}</source>
        <translation>{who} fue a la emergencia {what}</translation>
    </message>
    <message>
        <source>{who} closed emergency {what} with a response record</source>
        <translation>{who} cerró la emergencia {what} con un registro de respuesta</translation>
    </message>
    <message>
        <source>{who} closed emergency {what} as a false alarm</source>
        <translation>{who} cerró la emergencia {what} como falsa alarma</translation>
    </message>
    <message>
        <source>{who} added {what} to the catalogue</source>
        <translation>{who} añadió {what} al catálogo</translation>
    </message>
    <message>
        <source>{who} switched on the account of {what}</source>
        <translation>{who} activó la cuenta de {what}</translation>
    </message>
    <message>
        <source>{who} switched off the account of {what}</source>
        <translation>{who} desactivó la cuenta de {what}</translation>
    </message>
    <message>
        <source>{what} signed in</source>
        <translation>{what} inició sesión</translation>
    </message>
    <message>
        <source>Someone tried to sign in with a name that has no account</source>
        <translation>Alguien intentó iniciar sesión con un nombre que no tiene cuenta</translation>
    </message>
    <message>
        <source>{who} opened the staff menu on kiosk {station}</source>
        <translation>{who} abrió el menú del personal en el quiosco {station}</translation>
    </message>
    <message>
        <source>A wrong PIN was tried on the staff menu of kiosk {what}</source>
        <translation>Se probó un PIN incorrecto en el menú del personal del quiosco {what}</translation>
    </message>
    <message>
        <source>{who} unlocked a kiosk&apos;s staff menu</source>
        <translation>{who} desbloqueó el menú del personal de un quiosco</translation>
    </message>
    <message>
        <source>{who} posted alert number {what}</source>
        <translation>{who} publicó la alerta número {what}</translation>
    </message>
    <message>
        <source>{who} ended alert number {what}</source>
        <translation>{who} terminó la alerta número {what}</translation>
    </message>
    <message>
        <source>{who} edited the local resource {what}</source>
        <translation>{who} editó el recurso local {what}</translation>
    </message>
    <message>
        <source>{who} put the local resource {what} back as shipped</source>
        <translation>{who} devolvió el recurso local {what} a su versión original</translation>
    </message>
    <message>
        <source>{who} took back claiming request {what}</source>
        <extracomment>An undo, by what it took back.</extracomment>
        <translation>{who} deshizo haber tomado la solicitud {what}</translation>
    </message>
    <message>
        <source>{who} took back putting request {what} back in the queue</source>
        <translation>{who} deshizo haber devuelto la solicitud {what} a la cola</translation>
    </message>
    <message>
        <source>{who} took back marking request {what} ready</source>
        <translation>{who} deshizo haber marcado la solicitud {what} como lista</translation>
    </message>
    <message>
        <source>{who} took back calling request {what}</source>
        <translation>{who} deshizo haber llamado la solicitud {what}</translation>
    </message>
    <message>
        <source>{who} took back handing over request {what}; its stock went back</source>
        <translation>{who} deshizo la entrega de la solicitud {what}; sus existencias volvieron</translation>
    </message>
    <message>
        <source>{who} took back cancelling request {what}</source>
        <translation>{who} deshizo la cancelación de la solicitud {what}</translation>
    </message>
    <message>
        <source>{who} took back marking request {what} as a no-show</source>
        <translation>{who} deshizo haber marcado la solicitud {what} como no presentada</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>El sistema</translation>
    </message>
    <message>
        <source>{who}: {action} ({subject})</source>
        <translation>{who}: {action} ({subject})</translation>
    </message>
    <message>
        <source>{who} handed over request {what}, short of: {names}</source>
        <translation>{who} entregó la solicitud {what}; faltó: {names}</translation>
    </message>
    <message>
        <source>{who} handed over request {what}</source>
        <translation>{who} entregó la solicitud {what}</translation>
    </message>
    <message>
        <source>{who} undid the last change to request {what}</source>
        <translation>{who} deshizo el último cambio de la solicitud {what}</translation>
    </message>
    <message>
        <source>{who} cancelled request {what} ({reason})</source>
        <translation>{who} canceló la solicitud {what} ({reason})</translation>
    </message>
    <message>
        <source>{who} received {n} {what}</source>
        <translation>{who} recibió {n} {what}</translation>
    </message>
    <message>
        <source>{n} fewer</source>
        <translation>{n} menos</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <source>{who} counted {what}: {change} ({reason})</source>
        <translation>{who} contó {what}: {change} ({reason})</translation>
    </message>
    <message>
        <source>{who} corrected the stock of {what}: {change} ({reason})</source>
        <translation>{who} corrigió las existencias de {what}: {change} ({reason})</translation>
    </message>
    <message>
        <source>{who} offered {what} again</source>
        <translation>{who} volvió a ofrecer {what}</translation>
    </message>
    <message>
        <source>{who} stopped offering {what}</source>
        <translation>{who} dejó de ofrecer {what}</translation>
    </message>
    <message>
        <source>limit per visit {n}</source>
        <translation>límite por visita {n}</translation>
    </message>
    <message>
        <source>low at {n}</source>
        <translation>aviso de poco a partir de {n}</translation>
    </message>
    <message>
        <source>its names</source>
        <translation>sus nombres</translation>
    </message>
    <message>
        <source>{who} changed {what}: {changes}</source>
        <translation>{who} cambió {what}: {changes}</translation>
    </message>
    <message>
        <source>{who} took back {n} used sharps</source>
        <translation>{who} recibió {n} objetos punzantes usados</translation>
    </message>
    <message>
        <source>{who} took back {g} g of used sharps</source>
        <translation>{who} recibió {g} g de objetos punzantes usados</translation>
    </message>
    <message>
        <source>{who} added {what} as an admin</source>
        <translation>{who} añadió a {what} como admin</translation>
    </message>
    <message>
        <source>{who} added {what} as staff</source>
        <translation>{who} añadió a {what} al personal</translation>
    </message>
    <message>
        <source>{who} unlocked {what} and set a new PIN</source>
        <translation>{who} desbloqueó a {what} y puso un PIN nuevo</translation>
    </message>
    <message>
        <source>{who} unlocked {what}</source>
        <translation>{who} desbloqueó a {what}</translation>
    </message>
    <message>
        <source>{who} changed their PIN</source>
        <translation>{who} cambió su PIN</translation>
    </message>
    <message>
        <source>{who} changed the PIN of {what}</source>
        <translation>{who} cambió el PIN de {what}</translation>
    </message>
    <message>
        <source>The account of {what} was locked after {n} wrong PINs</source>
        <translation>La cuenta de {what} se bloqueó tras {n} PIN incorrectos</translation>
    </message>
    <message>
        <source>{setting} from {old} to {new}</source>
        <translation>{setting} de {old} a {new}</translation>
    </message>
    <message>
        <source>{who} saved the settings unchanged</source>
        <translation>{who} guardó los ajustes sin cambios</translation>
    </message>
    <message>
        <source>{who} changed settings: {changes}</source>
        <translation>{who} cambió ajustes: {changes}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Being prepared</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Ready at the window</source>
        <translation>Listo en la ventanilla</translation>
    </message>
    <message>
        <source>This board has lost its connection.</source>
        <translation>Esta pantalla perdió la conexión.</translation>
    </message>
    <message>
        <source>The codes may be out of date: please ask at the window.</source>
        <translation>Puede que los códigos no estén al día: pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>Now ready</source>
        <translation>Listo ahora</translation>
    </message>
    <message>
        <source>Codes being prepared</source>
        <translation>Códigos en preparación</translation>
    </message>
    <message>
        <source>Codes ready at the window</source>
        <translation>Códigos listos en la ventanilla</translation>
    </message>
    <message>
        <source>Staff: overdose at {place}, call {code}.</source>
        <translation>Equipo: sobredosis en {place}, aviso {code}.</translation>
    </message>
    <message>
        <source>a kiosk</source>
        <translation>un quiosco</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel {code}</source>
        <translation>Cancelar {code}</translation>
    </message>
    <message>
        <source>Why is {code} cancelled?</source>
        <translation>¿Por qué se cancela {code}?</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Your list: %1</source>
        <translation>Su lista: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet. Tap + to add something.</source>
        <translation>Todavía no eligió nada. Toque + para agregar algo.</translation>
    </message>
    <message numerus="yes">
        <source>Review my request (%n)</source>
        <translation>
            <numerusform>Revisar mi pedido (%n)</numerusform>
            <numerusform>Revisar mi pedido (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>What would you like?</source>
        <translation>¿Qué necesita?</translation>
    </message>
    <message>
        <source>Nothing can be asked for here right now. Please ask at the window.</source>
        <translation>Por ahora no se puede pedir nada aquí. Pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 or more digits without patterns.</source>
        <translation>Elija un PIN de 6 cifras o más, sin patrones.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>Escriba su PIN actual.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>CodeSearch</name>
    <message>
        <source>Find a code</source>
        <translation>Buscar un código</translation>
    </message>
    <message>
        <source>Find a pickup code</source>
        <translation>Buscar un código de recogida</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Tap the code in</source>
        <translation>Escriba el código</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>Imprimir un comprobante</translation>
    </message>
    <message>
        <source>Your request was sent to staff.</source>
        <translation>Su pedido fue enviado al personal.</translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Su código de recogida</translation>
    </message>
    <message>
        <source>Staff will call this code. Show it at the window.</source>
        <translation>El personal dirá este código en voz alta. Muéstrelo en la ventanilla.</translation>
    </message>
    <message>
        <source>Scan with your phone for more help</source>
        <translation>Escanee con su teléfono para más ayuda</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in line.</source>
        <translation>
            <numerusform>Usted es el número %n en la fila.</numerusform>
            <numerusform>Usted es el número %n en la fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes.</source>
        <translation>
            <numerusform>Unos %n minuto.</numerusform>
            <numerusform>Unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>For you and one other person.</source>
        <translation>Para usted y otra persona.</translation>
    </message>
    <message numerus="yes">
        <source>For you and %n others.</source>
        <translation>
            <numerusform>Para usted y %n persona más.</numerusform>
            <numerusform>Para usted y %n personas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Denos su opinión</translation>
    </message>
    <message>
        <source>Have your say: tell us how it went</source>
        <translation>Denos su opinión: cuéntenos cómo le fue</translation>
    </message>
    <message numerus="yes">
        <source>This code stays on screen for %n minutes after your last tap.</source>
        <translation>
            <numerusform>Este código queda en pantalla %n minuto después de su último toque.</numerusform>
            <numerusform>Este código queda en pantalla %n minutos después de su último toque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This code stays on screen for %n seconds after your last tap.</source>
        <translation>
            <numerusform>Este código queda en pantalla %n segundo después de su último toque.</numerusform>
            <numerusform>Este código queda en pantalla %n segundos después de su último toque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Listo: volver al inicio</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Can&apos;t reach the database — retrying</source>
        <translation>No se llega a la base de datos — se vuelve a intentar</translation>
    </message>
</context>
<context>
    <name>DataMessages</name>
    <message>
        <source>The level must be one of {levels}.</source>
        <translation>El nivel debe ser uno de estos: {levels}.</translation>
    </message>
    <message>
        <source>An alert needs a title in English at least.</source>
        <translation>Una alerta necesita al menos un título en inglés.</translation>
    </message>
    <message>
        <source>An alert must end after it starts.</source>
        <translation>Una alerta debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation>Esa alerta ya no existe.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now.</source>
        <translation>No se puede llegar a la base de datos en este momento.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached.</source>
        <translation>No se puede llegar a la base de datos.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>The database didn&apos;t answer in time. Nothing was changed.</source>
        <translation>La base de datos no respondió a tiempo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database did not answer within {seconds} s.</source>
        <translation>La base de datos no respondió en {seconds} s.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t use a {driver} database.</source>
        <translation>El quiosco no puede usar una base de datos {driver}.</translation>
    </message>
    <message>
        <source>The database setting is not a URL the kiosk can use.</source>
        <translation>El ajuste de la base de datos no es una dirección que se pueda usar.</translation>
    </message>
    <message>
        <source>The database setting names the folder {path}, not a database file.</source>
        <translation>El ajuste de la base de datos indica la carpeta {path}, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database setting names {path}, which is not a database file.</source>
        <translation>El ajuste de la base de datos indica {path}, que no es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database file does not exist.</source>
        <translation>La carpeta {folder} del archivo de base de datos no existe.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database file can&apos;t be created: {reason}.</source>
        <translation>No se puede crear la carpeta {folder} del archivo de base de datos: {reason}.</translation>
    </message>
    <message>
        <source>The database file {path} can&apos;t be opened.</source>
        <translation>No se puede abrir el archivo de base de datos {path}.</translation>
    </message>
    <message>
        <source>The database file was damaged. It was kept as {path} and a new, empty database was started.</source>
        <translation>El archivo de base de datos estaba dañado. Se guardó como {path} y se empezó una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer version of the kiosk (schema {revision}); this station&apos;s version knows schemas up to {known}.</source>
        <translation>Una versión más nueva actualizó la base de datos (esquema {revision}); la versión de este equipo conoce esquemas hasta {known}.</translation>
    </message>
    <message>
        <source>Update the package on this station.</source>
        <translation>Actualice el programa en este equipo.</translation>
    </message>
    <message>
        <source>Point it at a file inside the folder, for example kiosk.db.</source>
        <translation>Indique un archivo dentro de la carpeta, por ejemplo kiosk.db.</translation>
    </message>
    <message>
        <source>Check the database setting, or create it with: kiosk-admin init</source>
        <translation>Revise el ajuste de la base de datos, o créela con: kiosk-admin init</translation>
    </message>
    <message>
        <source>Check the database setting, or create the database with: kiosk-admin init</source>
        <translation>Revise el ajuste de la base de datos, o cree la base con: kiosk-admin init</translation>
    </message>
    <message>
        <source>Point the database setting at a file (it is created if missing), not a folder.</source>
        <translation>Haga que el ajuste apunte a un archivo (se crea si falta), no a una carpeta.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and that this account may read and write them.</source>
        <translation>Compruebe que el archivo y su carpeta existen y que esta cuenta puede leerlos y escribir en ellos.</translation>
    </message>
    <message>
        <source>Check the database file {path}.</source>
        <translation>Revise el archivo de base de datos {path}.</translation>
    </message>
    <message>
        <source>Check that the database server at {address} is running and reachable.</source>
        <translation>Compruebe que el servidor de base de datos {address} funciona y se puede alcanzar.</translation>
    </message>
    <message>
        <source>That request is no longer in the queue.</source>
        <translation>Esa solicitud ya no está en la cola.</translation>
    </message>
    <message>
        <source>That emergency is no longer in the queue.</source>
        <translation>Esa emergencia ya no está en la cola.</translation>
    </message>
    <message>
        <source>Only a staff member can answer an emergency.</source>
        <translation>Solo alguien del equipo puede responder a una emergencia.</translation>
    </message>
    <message>
        <source>{code} is not an emergency call.</source>
        <translation>{code} no es un aviso de emergencia.</translation>
    </message>
    <message>
        <source>The emergency {code} was already closed.</source>
        <translation>La emergencia {code} ya estaba cerrada.</translation>
    </message>
    <message>
        <source>{name} is already responding to this emergency.</source>
        <translation>{name} ya está respondiendo a esta emergencia.</translation>
    </message>
    <message>
        <source>{code} is an emergency call: it never goes on the ready board.</source>
        <translation>{code} es un aviso de emergencia: nunca sale en la pantalla de listos.</translation>
    </message>
    <message>
        <source>{code} is already in progress.</source>
        <translation>{code} ya está en curso.</translation>
    </message>
    <message>
        <source>{code} was already {what}.</source>
        <translation>{code} ya estaba {what}.</translation>
    </message>
    <message>
        <source>{code} isn&apos;t claimed by anyone.</source>
        <translation>Nadie ha tomado {code}.</translation>
    </message>
    <message>
        <source>{name} is already working on {code}.</source>
        <translation>{name} ya se está ocupando de {code}.</translation>
    </message>
    <message>
        <source>{name} is working on {code}: only they or an admin can {action}.</source>
        <translation>{name} se está ocupando de {code}: solo esa persona o un admin puede {action}.</translation>
    </message>
    <message>
        <source>{name} is working on {code}: only they can {action}.</source>
        <translation>{name} se está ocupando de {code}: solo esa persona puede {action}.</translation>
    </message>
    <message>
        <source>Ask them, or choose another request.</source>
        <translation>Pregúntele, o elija otra solicitud.</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can work the queue.</source>
        <translation>Solo alguien del equipo con sesión abierta puede atender la cola.</translation>
    </message>
    <message>
        <source>{code} has changed since: it can no longer be undone.</source>
        <translation>{code} cambió mientras tanto: ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>Only an admin can {action}.</source>
        <translation>Solo un admin puede {action}.</translation>
    </message>
    <message>
        <source>Ask an admin.</source>
        <translation>Pídalo a un admin.</translation>
    </message>
    <message>
        <source>Ask another admin.</source>
        <translation>Pídalo a otro admin.</translation>
    </message>
    <message>
        <source>Only an admin or a coordinator can {action}.</source>
        <translation>Solo un admin o la coordinación puede {action}.</translation>
    </message>
    <message>
        <source>Ask an admin or your coordinator.</source>
        <translation>Pídalo a un admin o a su coordinación.</translation>
    </message>
    <message>
        <source>Only an organisation admin can {action}.</source>
        <translation>Solo un admin de la organización puede {action}.</translation>
    </message>
    <message>
        <source>Ask an organisation admin.</source>
        <translation>Pídalo a un admin de la organización.</translation>
    </message>
    <message>
        <source>Your account belongs to another site.</source>
        <translation>Su cuenta pertenece a otro sitio.</translation>
    </message>
    <message>
        <source>Sign in at your own site, or ask an organisation admin.</source>
        <translation>Inicie sesión en su propio sitio, o pídalo a un admin de la organización.</translation>
    </message>
    <message>
        <source>You can&apos;t switch off your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>Your account is switched off.</source>
        <translation>Su cuenta está desactivada.</translation>
    </message>
    <message>
        <source>Only a staff member has a PIN of their own to change.</source>
        <translation>Solo alguien del equipo tiene un PIN propio que cambiar.</translation>
    </message>
    <message>
        <source>Only a staff member has a language of their own to choose.</source>
        <translation>Solo alguien del equipo tiene un idioma propio que elegir.</translation>
    </message>
    <message>
        <source>There is no {language} translation on this station.</source>
        <translation>Este equipo no tiene traducción «{language}».</translation>
    </message>
    <message>
        <source>A staff name needs 1 to 60 characters.</source>
        <translation>Un nombre debe tener de 1 a 60 caracteres.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}.</source>
        <translation>No hay nadie en el equipo que se llame {name}.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>Ya hay alguien en el equipo que se llama {name}.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>Esa persona no está en el equipo.</translation>
    </message>
    <message>
        <source>There is no staff role called {name}.</source>
        <translation>No hay ningún rol del personal llamado {name}.</translation>
    </message>
    <message>
        <source>Use one of: {roles}.</source>
        <translation>Use uno de estos: {roles}.</translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>Un PIN solo lleva cifras.</translation>
    </message>
    <message>
        <source>A PIN needs at least {count} digits.</source>
        <translation>Un PIN necesita al menos {count} cifras.</translation>
    </message>
    <message>
        <source>A PIN has at most {count} digits.</source>
        <translation>Un PIN tiene como máximo {count} cifras.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess. Choose one without patterns.</source>
        <translation>Ese PIN es demasiado fácil de adivinar. Elija uno sin patrones.</translation>
    </message>
    <message>
        <source>That PIN is a sequence. Choose one without patterns.</source>
        <translation>Ese PIN es una secuencia. Elija uno sin patrones.</translation>
    </message>
    <message>
        <source>That PIN repeats itself. Choose one without patterns.</source>
        <translation>Ese PIN se repite. Elija uno sin patrones.</translation>
    </message>
    <message>
        <source>That PIN looks like a date. Choose one without patterns.</source>
        <translation>Ese PIN parece una fecha. Elija uno sin patrones.</translation>
    </message>
    <message>
        <source>That name and PIN don&apos;t match.</source>
        <translation>Ese nombre y ese PIN no coinciden.</translation>
    </message>
    <message>
        <source>That PIN isn&apos;t right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an admin.</source>
        <translation>Esta cuenta está desactivada. Pídalo a un admin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must unlock this.</source>
        <translation>Demasiados PIN incorrectos. Un admin tiene que desbloquearlo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must unlock this account.</source>
        <translation>Demasiados PIN incorrectos. Un admin tiene que desbloquear esta cuenta.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must reset the kiosks&apos; staff unlock.</source>
        <translation>Demasiados PIN incorrectos. Un admin tiene que restablecer el acceso del equipo a los quioscos.</translation>
    </message>
    <message>
        <source>Please wait {seconds} seconds before trying again.</source>
        <translation>Espere {seconds} segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>This station is not registered.</source>
        <translation>Este equipo no está registrado.</translation>
    </message>
    <message>
        <source>A supply needs a key and an English name.</source>
        <translation>Un artículo necesita una clave y un nombre en inglés.</translation>
    </message>
    <message>
        <source>Limits and stock must be whole numbers, the limit at least 1.</source>
        <translation>Los límites y las existencias son números enteros; el límite es al menos 1.</translation>
    </message>
    <message>
        <source>Restock with a number above zero.</source>
        <translation>Reponga con un número mayor que cero.</translation>
    </message>
    <message>
        <source>Choose a reason: {reasons}.</source>
        <translation>Elija un motivo: {reasons}.</translation>
    </message>
    <message>
        <source>An adjustment must change the stock.</source>
        <translation>Una corrección debe cambiar las existencias.</translation>
    </message>
    <message>
        <source>These can&apos;t be edited here: {fields}.</source>
        <translation>Esto no se cambia aquí: {fields}.</translation>
    </message>
    <message>
        <source>The limit must be at least 1 and the threshold not below zero.</source>
        <translation>El límite es al menos 1 y el umbral no baja de cero.</translation>
    </message>
    <message>
        <source>There is no supply with the key {key}.</source>
        <translation>Ningún artículo tiene la clave {key}.</translation>
    </message>
    <message>
        <source>There is already a supply with the key {key}.</source>
        <translation>Ya hay un artículo con la clave {key}.</translation>
    </message>
    <message>
        <source>{key} is a service and has no stock.</source>
        <translation>{key} es un servicio y no tiene existencias.</translation>
    </message>
    <message>
        <source>There are only {count} of {key}; stock can&apos;t go below zero.</source>
        <translation>Solo hay {count} de {key}; las existencias no pueden bajar de cero.</translation>
    </message>
    <message>
        <source>Give either a count or a weight.</source>
        <translation>Indique un número o un peso.</translation>
    </message>
    <message>
        <source>Enter a number above zero.</source>
        <translation>Escriba un número mayor que cero.</translation>
    </message>
    <message>
        <source>Choose where it came from: {sources}.</source>
        <translation>Elija de dónde vino: {sources}.</translation>
    </message>
    <message>
        <source>Keep the donor or supplier to 120 characters.</source>
        <translation>El nombre de donante o proveedor debe tener como máximo 120 caracteres.</translation>
    </message>
    <message>
        <source>Keep the lot number to 40 characters.</source>
        <translation>El número de lote debe tener como máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>That expiry date has passed: count it as expired instead of receiving it.</source>
        <translation>Esa fecha de caducidad ya pasó: cuéntelos como caducados en lugar de recibirlos.</translation>
    </message>
    <message>
        <source>The cap for others must be at least 1, or none.</source>
        <translation>El límite para otras personas debe ser al menos 1, o ninguno.</translation>
    </message>
    <message>
        <source>A site name needs 1 to {count} characters.</source>
        <translation>Un nombre de sitio debe tener entre 1 y {count} caracteres.</translation>
    </message>
    <message>
        <source>There is no site called {name}.</source>
        <translation>No hay ningún sitio llamado {name}.</translation>
    </message>
    <message>
        <source>See them with: kiosk-admin site list</source>
        <translation>Puede verlos con: kiosk-admin site list</translation>
    </message>
    <message>
        <source>There is already a site called {name}.</source>
        <translation>Ya hay un sitio llamado {name}.</translation>
    </message>
    <message>
        <source>Choose two different sites.</source>
        <translation>Elija dos sitios distintos.</translation>
    </message>
    <message>
        <source>Transfer a number above zero.</source>
        <translation>Traslade un número mayor que cero.</translation>
    </message>
    <message>
        <source>Site {site} has no supply {key}.</source>
        <translation>El sitio {site} no tiene el artículo {key}.</translation>
    </message>
    <message>
        <source>Copy the catalogue to that site first.</source>
        <translation>Copie primero el catálogo a ese sitio.</translation>
    </message>
    <message>
        <source>Site {site} has only {count} of {key}; stock can&apos;t go below zero.</source>
        <translation>El sitio {site} solo tiene {count} de {key}; las existencias no pueden bajar de cero.</translation>
    </message>
    <message>
        <source>That answer isn&apos;t one the kiosk offers.</source>
        <translation>Esa respuesta no es una de las que ofrece el quiosco.</translation>
    </message>
    <message>
        <source>That rating isn&apos;t one the kiosk offers.</source>
        <translation>Esa valoración no es una de las que ofrece el quiosco.</translation>
    </message>
    <message>
        <source>That choice isn&apos;t one the kiosk offers.</source>
        <translation>Esa opción no es una de las que ofrece el quiosco.</translation>
    </message>
    <message>
        <source>That supply can be asked for now.</source>
        <translation>Ese artículo ya se puede pedir.</translation>
    </message>
    <message>
        <source>Naloxone has run out for now.</source>
        <translation>Por ahora no queda naloxona.</translation>
    </message>
    <message>
        <source>Group by day, week or month, not {by}.</source>
        <translation>Agrupe por día, semana o mes, no por {by}.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Put the earlier date first.</source>
        <translation>Ponga primero la fecha más antigua.</translation>
    </message>
    <message>
        <source>That range is too long for one report.</source>
        <translation>Ese periodo es demasiado largo para un solo informe.</translation>
    </message>
    <message>
        <source>Ask for three years at most.</source>
        <translation>Pida tres años como máximo.</translation>
    </message>
    <message>
        <source>There is no site number {site}.</source>
        <translation>No hay ningún sitio número {site}.</translation>
    </message>
    <message>
        <source>handed over</source>
        <extracomment>Pieces the services put into a sentence: what was done, what may not be done.</extracomment>
        <translation>entregado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>marcado como no presentado</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>claim it</source>
        <translation>tomarla</translation>
    </message>
    <message>
        <source>put it back in the queue</source>
        <translation>devolverla a la cola</translation>
    </message>
    <message>
        <source>mark it ready</source>
        <translation>marcarla como lista</translation>
    </message>
    <message>
        <source>hand it over</source>
        <translation>entregarla</translation>
    </message>
    <message>
        <source>cancel it</source>
        <translation>cancelarla</translation>
    </message>
    <message>
        <source>mark it as a no-show</source>
        <translation>marcarla como no presentada</translation>
    </message>
    <message>
        <source>answer it</source>
        <translation>responderla</translation>
    </message>
    <message>
        <source>reprint its slip</source>
        <translation>volver a imprimir su papeleta</translation>
    </message>
    <message>
        <source>add staff accounts</source>
        <translation>añadir cuentas del equipo</translation>
    </message>
    <message>
        <source>add an admin</source>
        <translation>añadir un admin</translation>
    </message>
    <message>
        <source>switch staff accounts on or off</source>
        <translation>activar o desactivar cuentas</translation>
    </message>
    <message>
        <source>unlock staff accounts or set their PIN</source>
        <translation>desbloquear cuentas o darles un PIN</translation>
    </message>
    <message>
        <source>unlock a kiosk&apos;s staff menu</source>
        <translation>desbloquear el menú del equipo de un quiosco</translation>
    </message>
    <message>
        <source>add supplies</source>
        <translation>añadir artículos</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>cambiar el catálogo</translation>
    </message>
    <message>
        <source>switch supplies on or off</source>
        <translation>activar o retirar artículos</translation>
    </message>
    <message>
        <source>change the site settings</source>
        <translation>cambiar los ajustes del sitio</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro</translation>
    </message>
    <message>
        <source>see and export reports</source>
        <translation>ver y exportar informes</translation>
    </message>
    <message>
        <source>add or rename sites</source>
        <translation>añadir o cambiar el nombre de sitios</translation>
    </message>
    <message>
        <source>add an organisation admin</source>
        <translation>añadir un admin de la organización</translation>
    </message>
    <message>
        <source>work at another site</source>
        <translation>trabajar en otro sitio</translation>
    </message>
    <message>
        <source>copy a catalogue between sites</source>
        <translation>copiar un catálogo entre sitios</translation>
    </message>
    <message>
        <source>move stock between sites</source>
        <translation>mover existencias entre sitios</translation>
    </message>
    <message>
        <source>see reports for other sites</source>
        <translation>ver los informes de otros sitios</translation>
    </message>
</context>
<context>
    <name>EditSupplyDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Names as visitors read them, how many one visitor can ask for, and when stock counts as low.</source>
        <translation>Los nombres tal como los leen las personas que visitan, cuántos puede pedir cada persona y cuándo las existencias cuentan como bajas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Límite por visita</translation>
    </message>
    <message>
        <source>Most for a visitor and others</source>
        <translation>Máximo para una persona y las demás</translation>
    </message>
    <message>
        <source>No cap: the limit grows with each person</source>
        <translation>Sin tope: el límite crece con cada persona</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bajo a partir de</translation>
    </message>
    <message>
        <source>An English name is needed.</source>
        <translation>Hace falta un nombre en inglés.</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>a kiosk</source>
        <translation>un quiosco</translation>
    </message>
    <message>
        <source>Overdose at {place}, call {code}. Go now.</source>
        <translation>Sobredosis en {place}, llame al {code}. Vaya ahora.</translation>
    </message>
    <message>
        <source>Overdose at {place}, call {code}: {names} going.</source>
        <translation>Sobredosis en {place}, llame al {code}: van {names}.</translation>
    </message>
    <message>
        <source>1 more emergency open.</source>
        <translation>1 emergencia más abierta.</translation>
    </message>
    <message>
        <source>{n} more emergencies open.</source>
        <translation>{n} emergencias más abiertas.</translation>
    </message>
    <message>
        <source>Sign in to respond</source>
        <translation>Entre para responder</translation>
    </message>
    <message>
        <source>I&apos;m going too</source>
        <translation>Yo también voy</translation>
    </message>
    <message>
        <source>Tell the other staff screens that you are going as well</source>
        <translation>Avisar a las otras pantallas del equipo de que usted también va</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>Voy</translation>
    </message>
    <message>
        <source>Tell the other staff screens that you are responding</source>
        <translation>Avisar a las otras pantallas del equipo de que usted responde</translation>
    </message>
</context>
<context>
    <name>EmergencyNotification</name>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <source>Is someone overdosing?</source>
        <translation>¿Alguien está teniendo una sobredosis?</translation>
    </message>
    <message>
        <source>Yes — get staff now</source>
        <translation>Sí — llamar al personal ahora</translation>
    </message>
    <message>
        <source>Yes, someone is overdosing: get staff now</source>
        <translation>Sí, alguien tiene una sobredosis: llamar al personal ahora</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, volver</translation>
    </message>
    <message>
        <source>%1 from staff is coming</source>
        <translation>%1, del personal, ya viene</translation>
    </message>
    <message>
        <source>A staff member is coming</source>
        <translation>Alguien del personal ya viene</translation>
    </message>
    <message>
        <source>Telling staff…</source>
        <translation>Avisando al personal…</translation>
    </message>
    <message>
        <source>Staff have been told — keep going with the steps</source>
        <translation>El personal ya sabe — siga con los pasos</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t reach staff. Shout for help and send someone to the window.</source>
        <translation>El quiosco no puede avisar al personal. Pida ayuda en voz alta y mande a alguien a la ventanilla.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llame al %1</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Número de emergencia: %1</translation>
    </message>
    <message>
        <source>Naloxone kit: %1</source>
        <translation>Kit de naloxona: %1</translation>
    </message>
    <message>
        <source>Call %1. Say: someone is not breathing.</source>
        <translation>Llame al %1. Diga: una persona no respira.</translation>
    </message>
    <message>
        <source>Give naloxone: one spray up the nose, or a shot in the thigh. No change after 2 to 3 minutes? Give another.</source>
        <translation>Dé naloxona: una pulverización en la nariz, o una inyección en el muslo. ¿Sin cambios después de 2 a 3 minutos? Dé otra dosis.</translation>
    </message>
    <message>
        <source>Breathe for them: tilt the head back, pinch the nose, one breath every 5 seconds.</source>
        <translation>Respire por la persona: inclínele la cabeza hacia atrás, tápele la nariz, una respiración cada 5 segundos.</translation>
    </message>
    <message>
        <source>Stay with them. Breathing but sleepy? Roll them onto their side.</source>
        <translation>Quédese con la persona. ¿Respira pero sigue dormida? Póngala de lado.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>A supply that was out</source>
        <translation>Un artículo agotado</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Un servicio</translation>
    </message>
    <message>
        <source>Information I couldn&apos;t find</source>
        <translation>Información que no encontré</translation>
    </message>
    <message>
        <source>The wait</source>
        <translation>La espera</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Have your say</source>
        <extracomment>Chips per row: a grid keeps every row on screen, however long the words. At most this many &quot;out today&quot; supplies are offered.</extracomment>
        <translation>Denos su opinión</translation>
    </message>
    <message>
        <source>Tap what fits, or skip. No names, nothing written: staff only see the totals.</source>
        <translation>Toque lo que corresponda, u omítalo. Sin nombres, sin escribir nada: el personal solo ve los totales.</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>¿Cómo fue su visita hoy?</translation>
    </message>
    <message>
        <source>Was anything missing?</source>
        <translation>¿Faltó algo?</translation>
    </message>
    <message>
        <source>Out today. Tap what you wanted, so staff know to get more:</source>
        <translation>Agotado hoy. Toque lo que quería, para que el personal pida más:</translation>
    </message>
    <message>
        <source>Thank you. Staff look at these totals to decide what to get more of.</source>
        <translation>Gracias. El personal mira estos totales para decidir qué pedir más.</translation>
    </message>
    <message>
        <source>Your answers couldn&apos;t be sent right now. Thank you all the same.</source>
        <translation>No se pudieron enviar sus respuestas ahora. Gracias de todos modos.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip: back to the start</source>
        <translation>Saltar: volver al inicio</translation>
    </message>
    <message>
        <source>%1: I wanted this ✓</source>
        <translation>%1: lo quería ✓</translation>
    </message>
    <message>
        <source>%1 (out today)</source>
        <translation>%1 (agotado hoy)</translation>
    </message>
    <message>
        <source>%1 is out today. I wanted this</source>
        <translation>%1 está agotado hoy. Lo quería</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>FulfilDialog</name>
    <message>
        <source>Hand over {code}</source>
        <extracomment>The reason chosen when the cancel dialog opens: the one staff pick most.</extracomment>
        <translation>Entregar {code}</translation>
    </message>
    <message>
        <source>Check what you hand over for {code}. Stock goes down by these numbers.</source>
        <translation>Revise lo que entrega para {code}. Las existencias bajan en estas cantidades.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En el estante</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Se entrega</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>{n} of {name} on the shelf; {outlook}. Newest first.</source>
        <translation>{n} de {name} en el estante; {outlook}. Lo más reciente primero.</translation>
    </message>
    <message>
        <source>{n} of {name} on the shelf. Newest first.</source>
        <translation>{n} de {name} en el estante. Lo más reciente primero.</translation>
    </message>
    <message>
        <source>{lot}: {n}</source>
        <translation>{lot}: {n}</translation>
    </message>
    <message>
        <source>On the shelf by lot, earliest first: {lots}</source>
        <translation>En el estante por lote, la fecha más próxima primero: {lots}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>On the shelf after</source>
        <translation>En el estante después</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>From, lot</source>
        <translation>Origen, lote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds</source>
        <translation>
            <numerusform>Se empieza de nuevo en %n segundo</numerusform>
            <numerusform>Se empieza de nuevo en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>To keep your choices private, the kiosk clears them when no one is using it.</source>
        <translation>Para que sus elecciones sigan siendo privadas, el quiosco las borra cuando nadie lo usa.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>InformationScreen</name>
    <message>
        <source>The information is loading…</source>
        <translation>La información se está cargando…</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Buscar un tema</translation>
    </message>
    <message>
        <source>Tap a word to see the pages about it</source>
        <translation>Toque una palabra para ver las páginas sobre ese tema</translation>
    </message>
    <message>
        <source>Tap a word to find pages about it.</source>
        <translation>Toque una palabra para encontrar las páginas que hablan de eso.</translation>
    </message>
    <message>
        <source>No pages about that yet. Ask staff: they are happy to help.</source>
        <translation>Todavía no hay páginas sobre eso. Pregunte al personal: con gusto le ayudan.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Pages about “%1”</source>
        <translation>Páginas sobre «%1»</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>My language</source>
        <translation>Mi idioma</translation>
    </message>
    <message>
        <source>The back office speaks this language whenever you sign in, on every staff PC.</source>
        <translation>El área del equipo aparece en este idioma cada vez que usted entra, en todos los equipos del personal.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Usar este idioma</translation>
    </message>
    <message>
        <source>This station&apos;s language ({language})</source>
        <translation>El idioma de este equipo ({language})</translation>
    </message>
</context>
<context>
    <name>LotSuggestion</name>
    <message>
        <source>{name} — {picks}</source>
        <translation>{name} — {picks}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>OthersChoice</name>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Just for me</source>
        <translation>Solo para mí</translation>
    </message>
    <message>
        <source>For me and one other person</source>
        <translation>Para mí y otra persona</translation>
    </message>
    <message numerus="yes">
        <source>For me and %n others</source>
        <translation>
            <numerusform>Para mí y %n persona más</numerusform>
            <numerusform>Para mí y %n personas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>I used naloxone on someone</source>
        <extracomment>Pages that offer &quot;I used naloxone on someone&quot;.</extracomment>
        <translation>Usé naloxona con alguien</translation>
    </message>
    <message>
        <source>Print these</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print these places and numbers on paper</source>
        <translation>Imprimir estos lugares y números en papel</translation>
    </message>
    <message>
        <source>This page isn&apos;t translated yet, so it is shown in English.</source>
        <translation>Esta página todavía no está traducida, por eso se muestra en inglés.</translation>
    </message>
    <message>
        <source>Scan with your phone</source>
        <translation>Escanee con su teléfono</translation>
    </message>
    <message>
        <source>Information page</source>
        <translation>Página de información</translation>
    </message>
</context>
<context>
    <name>PinDialogs</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no son iguales.</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último número</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Comprobar el PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Cancelar y volver</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n número escrito</numerusform>
            <numerusform>%n números escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Where is {station}?</source>
        <translation>¿Dónde está {station}?</translation>
    </message>
    <message>
        <source>Staff read this when someone taps the overdose button here: “Overdose at the hallway kiosk, call 7JH. Go now.” Write where it stands, e.g. “the hallway kiosk” or “the front room, by the door”.</source>
        <translation>El equipo lee esto cuando alguien toca aquí el botón de sobredosis: «Sobredosis en el quiosco del pasillo, aviso 7JH. Vaya ya». Escriba dónde está, por ejemplo «el quiosco del pasillo» o «la sala de entrada, junto a la puerta».</translation>
    </message>
    <message>
        <source>Save the place</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <source>the hallway kiosk</source>
        <translation>el quiosco del pasillo</translation>
    </message>
    <message>
        <source>Where is the naloxone kit kept?</source>
        <translation>¿Dónde se guarda el kit de naloxona?</translation>
    </message>
    <message>
        <source>The kiosk&apos;s emergency screen shows this, so a visitor can fetch the kit, e.g. “red box by the door”.</source>
        <translation>La pantalla de emergencia del quiosco lo muestra, para que una persona pueda ir a buscar el kit, por ejemplo «caja roja junto a la puerta».</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>red box by the door</source>
        <translation>caja roja junto a la puerta</translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>Paper is jammed in printer {queue}.</source>
        <translation>Hay papel atascado en la impresora {queue}.</translation>
    </message>
    <message>
        <source>The cover of printer {queue} is open.</source>
        <translation>La tapa de la impresora {queue} está abierta.</translation>
    </message>
    <message>
        <source>Printer {queue} is out of paper.</source>
        <translation>La impresora {queue} no tiene papel.</translation>
    </message>
    <message>
        <source>Printer {queue} is switched off or not connected.</source>
        <translation>La impresora {queue} está apagada o no está conectada.</translation>
    </message>
    <message>
        <source>Printer {queue} reports a problem: {problems}.</source>
        <translation>La impresora {queue} indica un problema: {problems}.</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is stopped ({reason}).</source>
        <translation>La cola de la impresora {queue} está detenida ({reason}).</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is stopped.</source>
        <translation>La cola de la impresora {queue} está detenida.</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is not accepting jobs ({reason}).</source>
        <translation>La cola de la impresora {queue} no acepta trabajos ({reason}).</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is not accepting jobs.</source>
        <translation>La cola de la impresora {queue} no acepta trabajos.</translation>
    </message>
    <message>
        <source>Printer {queue} is working; its {supply} is running low.</source>
        <translation>La impresora {queue} funciona; le queda poco {supply}.</translation>
    </message>
    <message>
        <source>Printer {queue} is working; its {first} and {second} are running low.</source>
        <translation>La impresora {queue} funciona; le queda poco {first} y {second}.</translation>
    </message>
    <message>
        <source>Printer {queue} is printing.</source>
        <translation>La impresora {queue} está imprimiendo.</translation>
    </message>
    <message>
        <source>Printer {queue} is ready.</source>
        <translation>La impresora {queue} está lista.</translation>
    </message>
    <message>
        <source>Printer {queue} is in a state the kiosk does not know: {state}</source>
        <translation>La impresora {queue} está en un estado que el quiosco no conoce: {state}</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running on this computer.</source>
        <translation>El servicio de impresión (CUPS) no está en marcha en este equipo.</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not answer within {seconds} s.</source>
        <translation>El servicio de impresión (CUPS) no respondió en {seconds} s.</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not take the job within {seconds} s.</source>
        <translation>El servicio de impresión (CUPS) no aceptó el trabajo en {seconds} s.</translation>
    </message>
    <message>
        <source>CUPS is not installed on this computer.</source>
        <translation>CUPS no está instalado en este equipo.</translation>
    </message>
    <message>
        <source>CUPS has no printer queue called {queue}.</source>
        <translation>CUPS no tiene ninguna cola de impresión llamada {queue}.</translation>
    </message>
    <message>
        <source>CUPS refused the job for {queue}.</source>
        <translation>CUPS rechazó el trabajo para {queue}.</translation>
    </message>
    <message>
        <source>Could not ask CUPS about the printer: {reason}.</source>
        <translation>No se pudo consultar a CUPS sobre la impresora: {reason}.</translation>
    </message>
    <message>
        <source>Could not run lp: {reason}.</source>
        <translation>No se pudo ejecutar lp: {reason}.</translation>
    </message>
    <message>
        <source>No printer: slips are saved as PDF files in {folder}.</source>
        <translation>Sin impresora: los comprobantes se guardan como archivos PDF en {folder}.</translation>
    </message>
    <message>
        <source>Cannot use the slip folder {folder}: {reason}.</source>
        <translation>No se puede usar la carpeta de comprobantes {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write to the slip folder {folder}.</source>
        <translation>No se puede escribir en la carpeta de comprobantes {folder}.</translation>
    </message>
    <message>
        <source>Cannot write the slip to {folder}: {reason}.</source>
        <translation>No se puede guardar el comprobante en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Open the printer, take out the jammed paper and close it.</source>
        <translation>Abra la impresora, saque el papel atascado y ciérrela.</translation>
    </message>
    <message>
        <source>Close the printer&apos;s cover.</source>
        <translation>Cierre la tapa de la impresora.</translation>
    </message>
    <message>
        <source>Load a new roll or more paper.</source>
        <translation>Ponga un rollo nuevo o más papel.</translation>
    </message>
    <message>
        <source>Check that the printer is on and its cable is plugged in.</source>
        <translation>Compruebe que la impresora está encendida y que su cable está conectado.</translation>
    </message>
    <message>
        <source>Check the printer and its display.</source>
        <translation>Revise la impresora y su pantalla.</translation>
    </message>
    <message>
        <source>Then resume the queue: cupsenable {queue}.</source>
        <translation>Después reanude la cola: cupsenable {queue}.</translation>
    </message>
    <message>
        <source>Resume the queue: cupsenable {queue}.</source>
        <translation>Reanude la cola: cupsenable {queue}.</translation>
    </message>
    <message>
        <source>Let it take jobs again: cupsaccept {queue}.</source>
        <translation>Deje que vuelva a aceptar trabajos: cupsaccept {queue}.</translation>
    </message>
    <message>
        <source>Have a spare ready.</source>
        <translation>Tenga uno de repuesto a mano.</translation>
    </message>
    <message>
        <source>Start it (sudo systemctl start cups) or restart the computer.</source>
        <translation>Inícielo (sudo systemctl start cups) o reinicie el equipo.</translation>
    </message>
    <message>
        <source>Check the printer name in kiosk.toml against lpstat -p, or add the queue.</source>
        <translation>Compare el nombre de la impresora en kiosk.toml con lpstat -p, o añada la cola.</translation>
    </message>
    <message>
        <source>Check the printer in the CUPS web page or with lpstat -l -p.</source>
        <translation>Revise la impresora en la página web de CUPS o con lpstat -l -p.</translation>
    </message>
    <message>
        <source>Install it (sudo apt install cups cups-client), or leave the printer name empty to save slips as PDF files.</source>
        <translation>Instálelo (sudo apt install cups cups-client), o deje vacío el nombre de la impresora para guardar los comprobantes como PDF.</translation>
    </message>
    <message>
        <source>Check the slips folder in the site settings, and that this computer may write there.</source>
        <translation>Revise la carpeta de comprobantes en los ajustes del centro, y que este equipo pueda escribir allí.</translation>
    </message>
    <message>
        <source>paper</source>
        <extracomment>Values put back translated: the supplies a printer runs low on.</extracomment>
        <translation>papel</translation>
    </message>
    <message>
        <source>toner</source>
        <translation>tóner</translation>
    </message>
    <message>
        <source>ink or ribbon</source>
        <translation>tinta o cinta</translation>
    </message>
    <message>
        <source>waste ink space</source>
        <translation>espacio para tinta usada</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>{code} is called on the board.</source>
        <extracomment>The request &quot;call next&quot; took last, for the page to select it.</extracomment>
        <translation>Se llama a {code} en la pantalla.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>No hay nadie esperando.</translation>
    </message>
    <message>
        <source>You have {code}: it is called on the board.</source>
        <translation>Tiene {code}: se llama en la pantalla.</translation>
    </message>
    <message>
        <source>Undone: {code} is back as it was.</source>
        <translation>Deshecho: {code} volvió a como estaba.</translation>
    </message>
    <message>
        <source>You have {code}.</source>
        <translation>Usted tiene {code}.</translation>
    </message>
    <message>
        <source>{code} is back in the queue.</source>
        <translation>{code} volvió a la cola.</translation>
    </message>
    <message>
        <source>{code} is on the ready board.</source>
        <translation>{code} está en la pantalla de listos.</translation>
    </message>
    <message>
        <source>{code} marked as a no-show.</source>
        <translation>{code} marcado como no presentado.</translation>
    </message>
    <message>
        <source>The other screens know you are going to {code}.</source>
        <translation>Las otras pantallas saben que usted va a {code}.</translation>
    </message>
    <message>
        <source>{code} closed as a false alarm.</source>
        <translation>{code} cerrado como falsa alarma.</translation>
    </message>
    <message>
        <source>{code} closed. The response is recorded.</source>
        <translation>{code} cerrado. La respuesta quedó registrada.</translation>
    </message>
    <message>
        <source>{n} naloxone kits taken from stock.</source>
        <translation>{n} kits de naloxona sacados de las existencias.</translation>
    </message>
    <message>
        <source>{code} handed over.</source>
        <translation>{code} entregado.</translation>
    </message>
    <message>
        <source>Less than asked: {items}.</source>
        <translation>Menos de lo pedido: {items}.</translation>
    </message>
    <message>
        <source>{code} cancelled.</source>
        <translation>{code} cancelado.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No printer is set up: the slip for {code} was saved as a PDF file.</source>
        <translation>No hay impresora configurada: la papeleta de {code} se guardó como PDF.</translation>
    </message>
    <message>
        <source>The slip for {code} is printing.</source>
        <translation>La papeleta de {code} se está imprimiendo.</translation>
    </message>
    <message>
        <source>The slip could not be printed: {reason}</source>
        <translation>No se pudo imprimir la papeleta: {reason}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>under 1 min</source>
        <extracomment>What a row is marked with besides its status (&quot;&quot; for nothing).</extracomment>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Waiting longer than this is marked; so is a ready code left this long.</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Tomado por</translation>
    </message>
    <message>
        <source>a kiosk</source>
        <translation>un quiosco</translation>
    </message>
    <message>
        <source>OVERDOSE at {place}</source>
        <translation>SOBREDOSIS en {place}</translation>
    </message>
    <message>
        <source>+1 other</source>
        <translation>+1 más</translation>
    </message>
    <message numerus="yes">
        <source>+%n others</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the {n} min target</source>
        <translation>Pasó el objetivo de {n} min</translation>
    </message>
    <message>
        <source>Not picked up for {time}</source>
        <translation>Sin recoger desde hace {time}</translation>
    </message>
    <message>
        <source>Called {time} ago</source>
        <translation>Llamada hace {time}</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Staff going</source>
        <translation>El equipo va</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Llamar a la siguiente</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>Voy</translation>
    </message>
    <message>
        <source>Close with record…</source>
        <translation>Cerrar con registro…</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Falsa alarma</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Marcar lista</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Entregar…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>Volver a imprimir la papeleta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take the request that has waited longest and show its code on the board</source>
        <translation>Tomar la solicitud que lleva más tiempo esperando y mostrar su código en la pantalla</translation>
    </message>
    <message>
        <source>Show this code on the board with a chime, so the visitor comes to the window</source>
        <translation>Mostrar este código en la pantalla con un aviso sonoro, para que la persona venga a la ventanilla</translation>
    </message>
    <message>
        <source>Tell the other staff screens that you are going to this emergency</source>
        <translation>Avisar a las otras pantallas del equipo de que usted va a esta emergencia</translation>
    </message>
    <message>
        <source>The emergency is over: note what was done, without anything about the person</source>
        <translation>La emergencia terminó: anote lo que se hizo, sin nada sobre la persona</translation>
    </message>
    <message>
        <source>Nobody needed help: close the call in one tap</source>
        <translation>Nadie necesitaba ayuda: cerrar el aviso con un toque</translation>
    </message>
    <message>
        <source>Take this request so nobody else prepares it</source>
        <translation>Tomar esta solicitud para que nadie más la prepare</translation>
    </message>
    <message>
        <source>Put it back in the queue for someone else</source>
        <translation>Devolverla a la cola para otra persona</translation>
    </message>
    <message>
        <source>Show the code on the ready board</source>
        <translation>Mostrar el código en la pantalla de listos</translation>
    </message>
    <message>
        <source>Give the items and take them off the stock</source>
        <translation>Entregar los artículos y descontarlos de las existencias</translation>
    </message>
    <message>
        <source>Close the request without handing anything over</source>
        <translation>Cerrar la solicitud sin entregar nada</translation>
    </message>
    <message>
        <source>Nobody came for this code</source>
        <translation>Nadie vino por este código</translation>
    </message>
    <message>
        <source>Print the visitor&apos;s pickup slip again</source>
        <translation>Volver a imprimir la papeleta de recogida</translation>
    </message>
    <message>
        <source>Take back your last change, for a few seconds after it</source>
        <translation>Deshacer su último cambio, durante unos segundos después de hacerlo</translation>
    </message>
    <message>
        <source>Not picked up for {time}</source>
        <translation>Sin recoger desde hace {time}</translation>
    </message>
    <message>
        <source>Over the {n} min target</source>
        <translation>Pasó el objetivo de {n} min</translation>
    </message>
    <message>
        <source>Open now ({n})</source>
        <translation>Abiertas ahora ({n})</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>En espera ({n})</translation>
    </message>
    <message>
        <source>In progress ({n})</source>
        <translation>En curso ({n})</translation>
    </message>
    <message>
        <source>Ready ({n})</source>
        <translation>Listas ({n})</translation>
    </message>
    <message>
        <source>All of today ({n})</source>
        <translation>Todo el día de hoy ({n})</translation>
    </message>
    <message>
        <source>No request with the code {code} in this list.</source>
        <translation>No hay ninguna solicitud con el código {code} en esta lista.</translation>
    </message>
    <message>
        <source>Choose a request to act on it, or find its code.</source>
        <translation>Elija una solicitud para actuar sobre ella, o busque su código.</translation>
    </message>
    <message>
        <source>{code}: overdose at {place}.</source>
        <translation>{code}: sobredosis en {place}.</translation>
    </message>
    <message>
        <source>a kiosk</source>
        <translation>un quiosco</translation>
    </message>
    <message>
        <source>Going: {names}.</source>
        <translation>En camino: {names}.</translation>
    </message>
    <message>
        <source>Nobody has said they are going yet.</source>
        <translation>Nadie ha dicho todavía que va.</translation>
    </message>
    <message>
        <source>{n} × {name} ({stock} on the shelf)</source>
        <translation>{n} × {name} ({stock} en el estante)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Hide small counts, as in shared reports</source>
        <translation>Ocultar cifras pequeñas, como en los informes compartidos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Sharps returned…</source>
        <translation>Objetos punzantes devueltos…</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Horas de más movimiento</translation>
    </message>
    <message>
        <source>Reports are for admins and coordinators. You can record sharps handed back here.</source>
        <translation>Los informes son para admins y coordinación. Aquí puede anotar los objetos punzantes devueltos.</translation>
    </message>
    <message>
        <source>The range ends before it starts. Put the earlier date first.</source>
        <translation>El periodo termina antes de empezar. Ponga primero la fecha más antigua.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Encounters per period, by kind</source>
        <translation>Contactos por periodo, por tipo</translation>
    </message>
    <message>
        <source>Choose a range and press Show.</source>
        <translation>Elija un periodo y pulse Mostrar.</translation>
    </message>
    <message>
        <source>Raw numbers, for use inside the centre.</source>
        <translation>Cifras sin ocultar, para uso dentro del centro.</translation>
    </message>
    <message>
        <source>Counts under {n} are hidden, as in reports you share.</source>
        <translation>Las cifras por debajo de {n} se ocultan, como en los informes que comparte.</translation>
    </message>
    <message>
        <source>{site}: {first} to {last}, {n} encounters. {note}</source>
        <translation>{site}: del {first} al {last}, {n} contactos. {note}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n sharps returned.</source>
        <translation>
            <numerusform>Se anotó %n objeto punzante devuelto.</numerusform>
            <numerusform>Se anotaron %n objetos punzantes devueltos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded {g} g of sharps returned.</source>
        <translation>Se anotaron {g} g de objetos punzantes devueltos.</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Details of {name}</source>
        <translation>Datos de {name}</translation>
    </message>
    <message>
        <source>Kiosks and printed slips show these. A QR code links to the web address, or dials the phone when there is none.</source>
        <translation>Los quioscos y las papeletas impresas los muestran. El código QR lleva a la dirección web, o llama al teléfono si no la hay.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Hours ({language})</source>
        <translation>Horario ({language})</translation>
    </message>
    <message>
        <source>Give a phone number or a web address, so the QR code leads somewhere.</source>
        <translation>Indique un teléfono o una dirección web, para que el código QR lleve a algún sitio.</translation>
    </message>
    <message>
        <source>A web address starts with https://</source>
        <translation>Una dirección web empieza por https://</translation>
    </message>
</context>
<context>
    <name>ResourceModel</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Cambiado aquí</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Local services</source>
        <translation>Servicios locales</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Use the pack&apos;s details</source>
        <translation>Usar los datos del contenido</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Close emergency {code}</source>
        <translation>Cerrar la emergencia {code}</translation>
    </message>
    <message>
        <source>What happened at {code}? Tap what applies; leave out anything you don&apos;t know. Nothing here says who the person is.</source>
        <translation>¿Qué pasó en {code}? Toque lo que corresponda; deje fuera lo que no sepa. Nada aquí dice quién es la persona.</translation>
    </message>
    <message>
        <source>Naloxone doses</source>
        <translation>Dosis de naloxona</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>Rescue breathing</source>
        <translation>Respiración de rescate</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxígeno</translation>
    </message>
    <message>
        <source>Emergency services called</source>
        <translation>Se llamó a emergencias</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>Nose spray</source>
        <translation>Espray nasal</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Taken to hospital</source>
        <translation>Llevada al hospital</translation>
    </message>
    <message>
        <source>Refused transport</source>
        <translation>Rechazó el traslado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Needed more than one dose</source>
        <translation>Necesitó más de una dosis</translation>
    </message>
    <message>
        <source>Xylazine suspected</source>
        <translation>Se sospecha xilacina</translation>
    </message>
    <message>
        <source>Stimulants involved</source>
        <translation>Hubo estimulantes</translation>
    </message>
    <message>
        <source>Person was using alone</source>
        <translation>La persona consumía sola</translation>
    </message>
    <message>
        <source>Left before help arrived</source>
        <translation>Se fue antes de que llegara ayuda</translation>
    </message>
    <message>
        <source>Take {n} naloxone kits from stock (to replace the ones used)</source>
        <translation>Sacar {n} kits de naloxona de las existencias (para reponer los usados)</translation>
    </message>
    <message>
        <source>Close the emergency</source>
        <translation>Cerrar la emergencia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <source>Receive {name}</source>
        <translation>Recibir {name}</translation>
    </message>
    <message>
        <source>{n} of {name} on the shelf now. How many arrived, and from where?</source>
        <translation>{n} de {name} en el estante ahora. ¿Cuántos llegaron y de dónde?</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Añadir a las existencias</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Who gave or sold it (optional)</source>
        <translation>Quién lo donó o vendió (opcional)</translation>
    </message>
    <message>
        <source>As printed on the box (optional)</source>
        <translation>Tal como aparece en la caja (opcional)</translation>
    </message>
    <message>
        <source>It has an expiry date</source>
        <translation>Tiene fecha de caducidad</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegaron</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Donor or supplier</source>
        <translation>Donante o proveedor</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Usar antes de</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
</context>
<context>
    <name>ReversalScreen</name>
    <message>
        <source>How many doses of naloxone did you give?</source>
        <extracomment>Each question, its answers (stored key, words), in the order they are asked.</extracomment>
        <translation>¿Cuántas dosis de naloxona dio?</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 dosis</translation>
    </message>
    <message>
        <source>2 doses</source>
        <translation>2 dosis</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 o más</translation>
    </message>
    <message>
        <source>Did the person wake up?</source>
        <translation>¿La persona despertó?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Was emergency help called?</source>
        <translation>¿Se llamó a emergencias?</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Where did the naloxone come from?</source>
        <translation>¿De dónde era la naloxona?</translation>
    </message>
    <message>
        <source>From here</source>
        <translation>De aquí</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>De otro lugar</translation>
    </message>
    <message>
        <source>Thank you for telling us. Tap an answer, or skip any question. No names, nothing written.</source>
        <translation>Gracias por contarnos. Toque una respuesta, o salte cualquier pregunta. Sin nombres, sin escribir nada.</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Thank you. You may have saved a life.</source>
        <translation>Gracias. Quizás usted salvó una vida.</translation>
    </message>
    <message>
        <source>Whatever you feel now is normal: shaky, scared, numb, angry or nothing at all. You don&apos;t have to carry it alone.</source>
        <translation>Lo que siente ahora es normal: temblor, miedo, entumecimiento, enojo o nada. No tiene que cargar con esto sin apoyo.</translation>
    </message>
    <message>
        <source>Only the answers were counted: no name, no time, nothing about you.</source>
        <translation>Solo se contaron las respuestas: ni nombre, ni hora, nada sobre usted.</translation>
    </message>
    <message>
        <source>Your answers couldn&apos;t be counted right now. Thank you for telling us.</source>
        <translation>No se pudieron contar sus respuestas ahora. Gracias por contarnos.</translation>
    </message>
    <message>
        <source>Talk to staff</source>
        <translation>Hablar con el personal</translation>
    </message>
    <message>
        <source>Talk to someone on staff</source>
        <translation>Hablar con alguien del personal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Listo: volver al inicio</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Get a naloxone refill</source>
        <translation>Recibir otro kit de naloxona</translation>
    </message>
    <message>
        <source>Naloxone is out today</source>
        <translation>Hoy no queda naloxona</translation>
    </message>
</context>
<context>
    <name>ReviewLine</name>
    <message>
        <source>Remove</source>
        <extracomment>What the line shows, so the review screen can tell whether a spare one still fits.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your request</source>
        <translation>Revise su pedido</translation>
    </message>
    <message>
        <source>Change the numbers or remove things, then send it to staff.</source>
        <translation>Cambie las cantidades o quite cosas, y luego envíe el pedido al personal.</translation>
    </message>
    <message>
        <source>Your list is empty. Tap “Add more” to choose something.</source>
        <translation>Su lista está vacía. Toque «Agregar más» para elegir algo.</translation>
    </message>
    <message>
        <source>Add more</source>
        <translation>Agregar más</translation>
    </message>
    <message>
        <source>Add more things</source>
        <translation>Agregar otras cosas</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Enviar mi pedido</translation>
    </message>
</context>
<context>
    <name>SettingMeanings</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Visitor kiosks</source>
        <translation>Quioscos para el público</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Área del equipo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Records and reports</source>
        <translation>Registros e informes</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <extracomment>Setting → (its name, what it means).</extracomment>
        <translation>Idiomas ofrecidos</translation>
    </message>
    <message>
        <source>The languages a visitor can choose on the kiosk.</source>
        <translation>Los idiomas que una persona puede elegir en el quiosco.</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Primer idioma</translation>
    </message>
    <message>
        <source>The language the kiosk shows when a new visitor walks up.</source>
        <translation>El idioma que muestra el quiosco cuando se acerca una persona nueva.</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Tiempo sin uso</translation>
    </message>
    <message>
        <source>After this many seconds without a touch the kiosk clears the visit and starts over.</source>
        <translation>Tras estos segundos sin que nadie toque la pantalla, el quiosco borra la visita y empieza de nuevo.</translation>
    </message>
    <message>
        <source>Warning before clearing</source>
        <translation>Aviso antes de borrar</translation>
    </message>
    <message>
        <source>How many seconds the kiosk counts down before it clears a visit.</source>
        <translation>Cuántos segundos cuenta el quiosco hacia atrás antes de borrar una visita.</translation>
    </message>
    <message>
        <source>Supplies per request</source>
        <translation>Artículos por solicitud</translation>
    </message>
    <message>
        <source>How many different supplies one request can hold. Each supply&apos;s own limit per visit is set on the Stock page.</source>
        <translation>Cuántos artículos distintos puede tener una solicitud. El límite por visita de cada artículo se fija en la página Existencias.</translation>
    </message>
    <message>
        <source>Minutes per request</source>
        <translation>Minutos por solicitud</translation>
    </message>
    <message>
        <source>Used for the wait a visitor is told: requests ahead times this.</source>
        <translation>Sirve para calcular la espera que se le indica a la persona: las solicitudes por delante multiplicadas por este número.</translation>
    </message>
    <message>
        <source>Others one visitor can pick up for</source>
        <translation>Otras personas por las que se puede recoger</translation>
    </message>
    <message>
        <source>A visitor can say a request is also for friends who can&apos;t come in; limits per visit grow with them. 0 means each request is for the visitor alone.</source>
        <translation>Una persona puede indicar que la solicitud también es para amistades que no pueden venir; los límites por visita crecen con ellas. 0 significa que cada solicitud es solo para quien la hace.</translation>
    </message>
    <message>
        <source>Waiting target</source>
        <translation>Objetivo de espera</translation>
    </message>
    <message>
        <source>The queue marks a request that has waited longer than this.</source>
        <translation>La cola marca una solicitud que lleva esperando más que esto.</translation>
    </message>
    <message>
        <source>Ready but not picked up</source>
        <translation>Lista pero sin recoger</translation>
    </message>
    <message>
        <source>The queue marks a ready request nobody has picked up after this long.</source>
        <translation>La cola marca una solicitud lista que nadie ha recogido pasado este tiempo.</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencia</translation>
    </message>
    <message>
        <source>The number the emergency screen tells people to call.</source>
        <translation>El número al que la pantalla de emergencia pide llamar.</translation>
    </message>
    <message>
        <source>The centre&apos;s name in each language</source>
        <translation>El nombre del centro en cada idioma</translation>
    </message>
    <message>
        <source>Shown on the kiosk&apos;s top bar and slips; left empty, the site&apos;s own name is used.</source>
        <translation>Aparece en la barra superior del quiosco y en las papeletas; si se deja vacío, se usa el nombre del sitio.</translation>
    </message>
    <message>
        <source>Where the naloxone is</source>
        <translation>Dónde está la naloxona</translation>
    </message>
    <message>
        <source>Shown on the emergency screen, in each language (&quot;red box by the door&quot;).</source>
        <translation>Aparece en la pantalla de emergencia, en cada idioma («caja roja junto a la puerta»).</translation>
    </message>
    <message>
        <source>Staff sign-out</source>
        <translation>Cierre de sesión del personal</translation>
    </message>
    <message>
        <source>Minutes without use before the back office signs a person out.</source>
        <translation>Minutos sin uso antes de que el área del equipo cierre la sesión de la persona.</translation>
    </message>
    <message>
        <source>Chime for new requests</source>
        <translation>Aviso sonoro para solicitudes nuevas</translation>
    </message>
    <message>
        <source>The back office chimes when a new request comes in.</source>
        <translation>El área del equipo suena cuando llega una solicitud nueva.</translation>
    </message>
    <message>
        <source>Chime on the ready board</source>
        <translation>Aviso sonoro en la pantalla de listos</translation>
    </message>
    <message>
        <source>The public board chimes when a code is ready.</source>
        <translation>La pantalla pública suena cuando un código está listo.</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Aviso de caducidad</translation>
    </message>
    <message>
        <source>Lots that expire within this many days show a notice on every staff screen.</source>
        <translation>Los lotes que caducan dentro de estos días muestran un aviso en todas las pantallas del personal.</translation>
    </message>
    <message>
        <source>Supplies on the slip</source>
        <translation>Artículos en la papeleta</translation>
    </message>
    <message>
        <source>The printed slip lists what was asked for, not only the code.</source>
        <translation>La papeleta impresa muestra lo que se pidió, no solo el código.</translation>
    </message>
    <message>
        <source>Site printer</source>
        <translation>Impresora del sitio</translation>
    </message>
    <message>
        <source>The printer name for the whole site. Empty: each station uses the printer in its own configuration.</source>
        <translation>El nombre de la impresora para todo el sitio. Vacío: cada equipo usa la impresora de su propia configuración.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The paper in the site&apos;s printers. Empty: each station&apos;s own configuration.</source>
        <translation>El papel de las impresoras del sitio. Vacío: la configuración propia de cada equipo.</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Carpeta PDF</translation>
    </message>
    <message>
        <source>Where slips are saved as PDF files when there is no printer.</source>
        <translation>Dónde se guardan las papeletas como PDF cuando no hay impresora.</translation>
    </message>
    <message>
        <source>Keep requests for</source>
        <translation>Guardar las solicitudes</translation>
    </message>
    <message>
        <source>Days a closed request is kept before only its counts remain for reports.</source>
        <translation>Días que se guarda una solicitud cerrada antes de que solo queden sus cifras para los informes.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The zone reports count days and hours in, such as America/Toronto.</source>
        <translation>La zona en la que los informes cuentan los días y las horas, como America/Toronto.</translation>
    </message>
    <message>
        <source>Small counts in shared reports</source>
        <translation>Cifras pequeñas en informes compartidos</translation>
    </message>
    <message>
        <source>Counts below this print as &quot;&lt;5&quot; in reports shared outside, so nobody is singled out.</source>
        <translation>Las cifras menores que esta aparecen como «&lt;5» en los informes que se comparten fuera, para que nadie quede señalado.</translation>
    </message>
    <message>
        <source>Returned sharps per kilogram</source>
        <translation>Objetos punzantes devueltos por kilo</translation>
    </message>
    <message>
        <source>How many returned sharps a kilogram stands for; 0 shows weights as they are.</source>
        <translation>A cuántos objetos punzantes devueltos equivale un kilo; 0 muestra los pesos tal cual.</translation>
    </message>
    <message>
        <source>Each station&apos;s own</source>
        <translation>La de cada equipo</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Rollo de recibos</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> supplies</source>
        <translation> artículos</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Escriba un número entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Keep it to {n} characters.</source>
        <translation>Como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Enter some text.</source>
        <translation>Escriba algún texto.</translation>
    </message>
    <message>
        <source>Enter a number a phone can dial, such as 911.</source>
        <translation>Escriba un número que se pueda marcar en un teléfono, como el 911.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Elija uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Ofrezca al menos un idioma.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Elija uno de los idiomas ofrecidos.</translation>
    </message>
    <message>
        <source>Enter a time zone such as America/Toronto or Europe/Paris.</source>
        <translation>Escriba una zona horaria como America/Toronto o Europe/Paris.</translation>
    </message>
    <message>
        <source>The warning must be shorter than the quiet time.</source>
        <translation>El aviso debe ser más corto que el tiempo sin uso.</translation>
    </message>
    <message>
        <source>The first language must be one of the languages offered.</source>
        <translation>El primer idioma debe ser uno de los idiomas ofrecidos.</translation>
    </message>
    <message>
        <source>This value can&apos;t be used.</source>
        <translation>Este valor no se puede usar.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Deshacer mis cambios</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Not saved: check the fields marked in red.</source>
        <translation>No se guardó: revise los campos marcados en rojo.</translation>
    </message>
    <message numerus="yes">
        <source>Changes not saved yet: %n</source>
        <translation>
            <numerusform>Cambio sin guardar: %n</numerusform>
            <numerusform>Cambios sin guardar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every station uses the new settings now.</source>
        <translation>Guardado. Todos los equipos usan ya los ajustes nuevos.</translation>
    </message>
    <message>
        <source>Changes apply on every station as soon as they are saved.</source>
        <translation>Los cambios se aplican en todos los equipos en cuanto se guardan.</translation>
    </message>
</context>
<context>
    <name>SharpsDialog</name>
    <message>
        <source>Sharps returned</source>
        <translation>Objetos punzantes devueltos</translation>
    </message>
    <message>
        <source>Count the used sharps someone brought back, or weigh the container.</source>
        <translation>Cuente los objetos punzantes usados que alguien trajo, o pese el contenedor.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Counted, one by one</source>
        <translation>Contados uno a uno</translation>
    </message>
    <message>
        <source>Weighed, in grams</source>
        <translation>Pesados, en gramos</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Grams</source>
        <translation>Gramos</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Choose your name first.</source>
        <translation>Elija primero su nombre.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Escriba su PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must unlock this account.</source>
        <translation>Demasiados PIN incorrectos. Un admin tiene que desbloquear esta cuenta.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an admin.</source>
        <translation>Esta cuenta está desactivada. Pídalo a un admin.</translation>
    </message>
    <message>
        <source>That name and PIN don&apos;t match.</source>
        <translation>Ese nombre y ese PIN no coinciden.</translation>
    </message>
    <message>
        <source>{n} more wrong PINs lock the account.</source>
        <translation>{n} PIN incorrectos más bloquean la cuenta.</translation>
    </message>
    <message>
        <source>Please wait {n} seconds before trying again.</source>
        <translation>Espere {n} segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>Elija su nombre y luego escriba su PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
</context>
<context>
    <name>SiteSwitcher</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Work on site</source>
        <translation>Trabajar en el sitio</translation>
    </message>
</context>
<context>
    <name>SoundBoard</name>
    <message>
        <source>The emergency sound can&apos;t play: this PC has no sound output. Connect speakers and check the volume; until then the system beep stands in.</source>
        <translation>El sonido de emergencia no puede sonar: este PC no tiene salida de sonido. Conecte altavoces y revise el volumen; mientras tanto suena el pitido del sistema.</translation>
    </message>
    <message>
        <source>The emergency sound can&apos;t play: Qt Multimedia needs {libraries}. Install {packages}; until then the system beep stands in.</source>
        <translation>El sonido de emergencia no puede sonar: Qt Multimedia necesita {libraries}. Instale {packages}; mientras tanto suena el pitido del sistema.</translation>
    </message>
    <message>
        <source>The emergency sound can&apos;t play: Qt Multimedia is not available on this PC. Until it is, the system beep stands in.</source>
        <translation>El sonido de emergencia no puede sonar: Qt Multimedia no está disponible en este PC. Mientras tanto suena el pitido del sistema.</translation>
    </message>
</context>
<context>
    <name>StaffContext</name>
    <message>
        <source>Only an admin can do that.</source>
        <extracomment>The longest the queue waits between looks at its times (it wakes sooner when one is due to change).</extracomment>
        <translation>Solo un admin puede hacer eso.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Entre primero.</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <source>Staff menu (hold for three seconds)</source>
        <extracomment>Keys eaten with any modifiers. Keys eaten when Alt, Ctrl or Meta is down (Alt+F4, Ctrl+W, Ctrl+Q, Alt+Tab...).</extracomment>
        <translation>Menú del personal (mantener tres segundos)</translation>
    </message>
</context>
<context>
    <name>StaffCrash</name>
    <message>
        <source>Something went wrong and was written to the log. You can go on working.</source>
        <translation>Algo salió mal y quedó anotado en el registro. Puede seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>Reprint the last slip</source>
        <translation>Volver a imprimir el último comprobante</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Wrong PINs in a row</source>
        <translation>PIN incorrectos seguidos</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked: needs unlocking</source>
        <translation>Bloqueada: hay que desbloquearla</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>StaffPageWidget</name>
    <message>
        <source>Staff</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Cambiar mi PIN…</translation>
    </message>
    <message>
        <source>My language…</source>
        <translation>Mi idioma…</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Añadir a alguien…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>{name} is switched off.</source>
        <translation>La cuenta de {name} está desactivada.</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>La cuenta de {name} está desbloqueada.</translation>
    </message>
    <message>
        <source>The back office now speaks your language.</source>
        <translation>El área del equipo ya está en su idioma.</translation>
    </message>
    <message>
        <source>{name} can sign in now.</source>
        <translation>{name} ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Su PIN está cambiado.</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>The visitor left</source>
        <translation>La persona se fue</translation>
    </message>
    <message>
        <source>Asked twice (duplicate)</source>
        <translation>Pedido dos veces (duplicado)</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>No disponible ahora</translation>
    </message>
    <message>
        <source>The visitor asked to cancel</source>
        <translation>La persona pidió cancelar</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Corrección del recuento</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Given outside the queue</source>
        <translation>Entregado fuera de la cola</translation>
    </message>
    <message>
        <source>Transfer to or from another site</source>
        <translation>Traslado a otro sitio o desde otro sitio</translation>
    </message>
    <message>
        <source>Sent to another site</source>
        <translation>Enviado a otro sitio</translation>
    </message>
    <message>
        <source>Received from another site</source>
        <translation>Recibido de otro sitio</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Visitor kiosk</source>
        <translation>Quiosco para visitantes</translation>
    </message>
    <message>
        <source>Staff PC</source>
        <translation>Equipo del personal</translation>
    </message>
    <message>
        <source>Ready board</source>
        <translation>Pantalla de listos</translation>
    </message>
    <message>
        <source>Printer not found</source>
        <translation>Impresora no encontrada</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Ready, running low</source>
        <translation>Lista, queda poco</translation>
    </message>
    <message>
        <source>Queue stopped</source>
        <translation>Cola de impresión detenida</translation>
    </message>
    <message>
        <source>Not taking jobs</source>
        <translation>No acepta trabajos</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Sin papel</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Atasco de papel</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Tapa abierta</translation>
    </message>
    <message>
        <source>Off or unplugged</source>
        <translation>Apagada o desenchufada</translation>
    </message>
    <message>
        <source>Print service down</source>
        <translation>Servicio de impresión caído</translation>
    </message>
    <message>
        <source>CUPS not installed</source>
        <translation>CUPS no instalado</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Problema de impresora</translation>
    </message>
    <message>
        <source>No printer: saves PDF files</source>
        <translation>Sin impresora: guarda archivos PDF</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Back office — {station}</source>
        <translation>Área del equipo — {station}</translation>
    </message>
    <message>
        <source>Signed out after a quiet spell. Sign in again to go on.</source>
        <translation>Se cerró la sesión tras un rato sin actividad. Vuelva a entrar para seguir.</translation>
    </message>
    <message>
        <source>Sign in to respond to the emergency.</source>
        <translation>Entre para responder a la emergencia.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Welcome. Everything here is free, and you never have to give your name.</source>
        <translation>Le damos la bienvenida. Aquí todo es gratis y nunca tiene que dar su nombre.</translation>
    </message>
    <message>
        <source>Drug alerts</source>
        <translation>Alertas sobre drogas</translation>
    </message>
    <message>
        <source>Get supplies</source>
        <translation>Pedir material</translation>
    </message>
    <message>
        <source>Safer-use supplies and naloxone</source>
        <translation>Material para un consumo más seguro y naloxona</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Safer use, overdose, health and local help</source>
        <translation>Consumo más seguro, sobredosis, salud y ayuda cerca de aquí</translation>
    </message>
    <message>
        <source>Get help from staff</source>
        <translation>Pedir ayuda al personal</translation>
    </message>
    <message>
        <source>Talk to someone, wound care, housing</source>
        <translation>Hablar con alguien, curar heridas, vivienda</translation>
    </message>
    <message>
        <source>I used naloxone on someone</source>
        <translation>Usé naloxona con alguien</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Denos su opinión</translation>
    </message>
    <message>
        <source>Have your say: tell us what was missing</source>
        <translation>Denos su opinión: cuéntenos qué faltó</translation>
    </message>
</context>
<context>
    <name>StationModel</name>
    <message>
        <source>Station</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Última señal</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Stations</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>On this PC: {problem}</source>
        <translation>En este equipo: {problem}</translation>
    </message>
    <message>
        <source>Set &amp;place…</source>
        <translation>&amp;Lugar…</translation>
    </message>
    <message>
        <source>Where this station stands, for the emergency banner</source>
        <translation>Dónde está este equipo, para el aviso de emergencia</translation>
    </message>
    <message>
        <source>&amp;Naloxone kit location…</source>
        <translation>Kit de &amp;naloxona…</translation>
    </message>
    <message>
        <source>Where the kit is kept, shown on the kiosks&apos; emergency screen</source>
        <translation>Dónde se guarda el kit, se muestra en la pantalla de emergencia de los quioscos</translation>
    </message>
    <message>
        <source>{station}: {report}</source>
        <translation>{station}: {report}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: %1</source>
        <translation>Uno menos: %1</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>Uno más: %1</translation>
    </message>
    <message>
        <source>How many: %1</source>
        <translation>Cuántos: %1</translation>
    </message>
    <message>
        <source>That&apos;s the most for one visit</source>
        <translation>Es lo máximo por visita</translation>
    </message>
    <message>
        <source>Your list is full</source>
        <translation>Su lista está llena</translation>
    </message>
    <message>
        <source>One less</source>
        <extracomment>Dialogs are read standing and tapped: large type, 10 mm targets, big round choices.</extracomment>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Supply</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En el estante</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bajo a partir de</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Límite por visita</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Se ofrece</translation>
    </message>
    <message>
        <source>At this rate</source>
        <translation>A este ritmo</translation>
    </message>
    <message>
        <source>{n} (out)</source>
        <translation>{n} (agotado)</translation>
    </message>
    <message>
        <source>{n} (low)</source>
        <translation>{n} (bajo)</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>StockNoticeLine</name>
    <message>
        <source>Stock: {notices}</source>
        <translation>Existencias: {notices}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>See stock</source>
        <translation>Ver existencias</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide these notices until the next shift</source>
        <translation>Ocultar estos avisos hasta el próximo turno</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Find a supply</source>
        <translation>Buscar un artículo</translation>
    </message>
    <message>
        <source>Only running low</source>
        <translation>Solo lo que escasea</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recibir…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Add supply…</source>
        <translation>Añadir artículo…</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Volver a ofrecer</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Necesita atención:</translation>
    </message>
    <message>
        <source>Nothing is running low or expiring within {n} days.</source>
        <translation>No hay nada por acabarse ni nada que caduque en los próximos {n} días.</translation>
    </message>
    <message>
        <source>{name}: {n} added. {stock} on the shelf now.</source>
        <translation>{name}: {n} añadidos. {stock} en el estante ahora.</translation>
    </message>
    <message>
        <source>{name} corrected by {delta:+d}. {stock} on the shelf now.</source>
        <translation>{name} corregido en {delta:+d}. {stock} en el estante ahora.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>{name} is in the catalogue.</source>
        <translation>{name} está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Transfer from a partner</source>
        <translation>Traslado de una organización aliada</translation>
    </message>
    <message>
        <source>Another source</source>
        <translation>Otra fuente</translation>
    </message>
    <message>
        <source>First count</source>
        <translation>Primer recuento</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envío recibido</translation>
    </message>
    <message>
        <source>Handed over at the window</source>
        <translation>Entregado en la ventanilla</translation>
    </message>
    <message>
        <source>Taken to an overdose</source>
        <translation>Llevado a una sobredosis</translation>
    </message>
    <message>
        <source>lot {lot} (use by {date})</source>
        <translation>lote {lot} (usar antes del {date})</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>use by {date}</source>
        <translation>usar antes del {date}</translation>
    </message>
    <message>
        <source>no lot</source>
        <translation>sin lote</translation>
    </message>
    <message>
        <source>{name}: none left</source>
        <translation>{name}: no queda nada</translation>
    </message>
    <message>
        <source>{name}: {n} left (low at {low})</source>
        <translation>{name}: quedan {n} (aviso de poco: {low})</translation>
    </message>
    <message>
        <source>{name}, {lot}: {n} past their date</source>
        <translation>{name}, {lot}: {n} caducados</translation>
    </message>
    <message>
        <source>{name}, {lot}: {n} expire in {days} days</source>
        <translation>{name}, {lot}: {n} caducan en {days} días</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>más de un año</translation>
    </message>
    <message>
        <source>about {n} days</source>
        <translation>unos {n} días</translation>
    </message>
    <message>
        <source>less than a day left at this rate</source>
        <translation>queda menos de un día a este ritmo</translation>
    </message>
    <message>
        <source>more than a year at this rate</source>
        <translation>más de un año a este ritmo</translation>
    </message>
    <message>
        <source>about {n} days left at this rate</source>
        <translation>quedan unos {n} días a este ritmo</translation>
    </message>
    <message>
        <source>{n} from {lot}</source>
        <translation>{n} — {lot}</translation>
    </message>
    <message>
        <source>Take first: {parts}</source>
        <translation>Tomar primero: {parts}</translation>
    </message>
</context>
<context>
    <name>SupplyTile</name>
    <message>
        <source>That&apos;s the most for one visit</source>
        <translation>Es lo máximo por visita</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n each visit</source>
        <translation>
            <numerusform>Hasta %n por visita</numerusform>
            <numerusform>Hasta %n por visita</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff will come and find you</source>
        <extracomment>The title and filters scroll with the tiles when they would take more than this share of the height.</extracomment>
        <translation>Alguien del personal vendrá a buscarle</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n elegido</numerusform>
            <numerusform>%n elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>bigger</source>
        <translation>más grande</translation>
    </message>
    <message>
        <source>biggest</source>
        <translation>la más grande</translation>
    </message>
    <message>
        <source>Start screen: your language and your list stay</source>
        <translation>Pantalla de inicio: su idioma y su lista se mantienen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Tamaño del texto: %1</translation>
    </message>
    <message>
        <source>Tap for bigger text. After the biggest, back to normal.</source>
        <translation>Toque para agrandar el texto. Después del más grande, vuelve al normal.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Quick exit: clear everything and go back to the start</source>
        <translation>Salida rápida: borrar todo y volver al inicio</translation>
    </message>
    <message>
        <source>Someone is overdosing</source>
        <translation>Alguien tiene una sobredosis</translation>
    </message>
    <message>
        <source>Someone is overdosing: call staff now</source>
        <translation>Alguien tiene una sobredosis: llamar al personal ahora</translation>
    </message>
</context>
<context>
    <name>VisitFlows</name>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Su comprobante se está imprimiendo. Recójalo en la impresora.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked right now: the database can&apos;t be reached.</source>
        <translation>No se puede comprobar el PIN ahora: no hay conexión con la base de datos.</translation>
    </message>
    <message>
        <source>Printing. Take it from the printer.</source>
        <translation>Imprimiendo. Tome la hoja de la impresora.</translation>
    </message>
    <message>
        <source>This kiosk is locked after too many wrong PINs. An admin can unlock it in the back office.</source>
        <translation>Este quiosco está bloqueado por demasiados PIN incorrectos. Un administrador puede desbloquearlo desde la oficina del personal.</translation>
    </message>
    <message>
        <source>That PIN didn&apos;t work. Try again.</source>
        <translation>Ese PIN no funcionó. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The slip is printing.</source>
        <translation>El comprobante se está imprimiendo.</translation>
    </message>
</context>
<context>
    <name>VisitorMessages</name>
    <message>
        <source>Requests can&apos;t be sent right now — please ask at the window.</source>
        <translation>Ahora no se pueden enviar pedidos — por favor, pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>The printer is out of paper — scan the code on screen instead.</source>
        <translation>La impresora no tiene papel — escanee el código de la pantalla.</translation>
    </message>
    <message>
        <source>The printer needs staff to fix it — scan the code on screen instead.</source>
        <translation>El personal tiene que arreglar la impresora — escanee el código de la pantalla.</translation>
    </message>
    <message>
        <source>Printing isn&apos;t working right now — scan the code on screen instead.</source>
        <translation>La impresión no funciona en este momento — escanee el código de la pantalla.</translation>
    </message>
    <message>
        <source>Choose at least one thing first.</source>
        <translation>Primero elija al menos una cosa.</translation>
    </message>
    <message>
        <source>That&apos;s a lot of different things at once. Please remove a few, or ask at the window.</source>
        <translation>Son muchas cosas distintas a la vez. Quite algunas o pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>You can ask for up to %1 of %2 each visit. We changed the number for you.</source>
        <translation>Puede pedir hasta %1 de %2 por visita. Ya cambiamos la cantidad.</translation>
    </message>
    <message>
        <source>Sorry, %1 has run out for now. We took it off your list.</source>
        <translation>Lo sentimos, por ahora no queda %1. Lo quitamos de su lista.</translation>
    </message>
    <message>
        <source>Something on your list needs a number. Please check it.</source>
        <translation>Falta una cantidad en su lista. Revísela, por favor.</translation>
    </message>
    <message>
        <source>Your request couldn&apos;t be sent. Please ask at the window.</source>
        <translation>No se pudo enviar su pedido. Pregunte en la ventanilla.</translation>
    </message>
    <message>
        <source>Overdose</source>
        <translation>Sobredosis</translation>
    </message>
    <message>
        <source>Drug testing</source>
        <translation>Análisis de drogas</translation>
    </message>
    <message>
        <source>Injecting</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Fumar</translation>
    </message>
    <message>
        <source>Snorting</source>
        <translation>Inhalar por la nariz</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Care and hygiene</source>
        <translation>Cuidado e higiene</translation>
    </message>
    <message>
        <source>Help from staff</source>
        <translation>Ayuda del personal</translation>
    </message>
</context>
<context>
    <name>VoiceFlows</name>
    <message>
        <source>Naloxone has run out for now. Please ask at the window.</source>
        <translation>Se acabó la naloxona por ahora. Pregunte en la ventanilla.</translation>
    </message>
</context>
<context>
    <name>WindowedExit</name>
    <message>
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Close the kiosk?</source>
        <translation>¿Cerrar el quiosco?</translation>
    </message>
    <message>
        <source>Anything not sent yet is cleared. Requests already sent stay in the queue.</source>
        <translation>Lo que no se envió se borra. Las solicitudes ya enviadas siguen en la fila.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Dejarlo abierto</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de persona</translation>
    </message>
    <message>
        <source>Sign out so someone else can sign in</source>
        <translation>Cerrar sesión para que entre otra persona</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
</TS>
