<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>PageView</name>
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
</TS>
