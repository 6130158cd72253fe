Console.WriteLine("casus bench: skeleton");
